package org.cornerstone.financing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cornerstone.financing.domain.ReceivableCase;
import org.cornerstone.financing.domain.ReceivableDocument;
import org.cornerstone.financing.domain.ReceivableDocumentType;
import org.cornerstone.financing.domain.ReceivableRepository;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.platform.Settings;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.shared.documents.DocumentContent;
import org.cornerstone.shared.documents.DocumentInspector;

/**
 * Receivable onboarding (issue 22, part 1): a supplier submits an invoice on a core enterprise with
 * its purchase order and delivery proof; the process {@code receivable-onboarding} takes it to the
 * debtor, compliance and the ledger. Before anything is stored, an invoice that already backs a
 * payable certificate is refused naming it, and one already live in onboarding (submitted or
 * confirmed, by any supplier) naming that case — whatever its formatting (see {@link
 * org.cornerstone.financing.domain.InvoiceFingerprint}). The ledger decides in the end: it refuses
 * a second issuance of the same receivable even if these checks were bypassed (ADR 0021).
 */
@ApplicationScoped
public class Receivables {
  public static final String NOT_A_SUPPLIER = "Only a supplier's users can submit invoices.";
  public static final String NO_ORGANISATION = "Your user belongs to no organisation.";
  public static final String ALREADY_CERTIFIED =
      "Invoice %s on %s is already backed by payable certificate %s.";
  public static final String ALREADY_SUBMITTED =
      "Invoice %s on %s is already in onboarding as receivable %s (%s).";
  public static final String DOCUMENT_MISSING =
      "Attach the %s: a receivable needs its purchase order and its delivery proof.";
  public static final String DOCUMENT_TYPE_MISSING =
      "Say what %s is: PURCHASE_ORDER or DELIVERY_PROOF.";
  public static final String TOO_MANY_DOCUMENTS = "At most 10 documents per invoice.";
  public static final String NOT_FOUND = "No receivable %s that you can see.";

  @Inject ReceivableRepository receivables;
  @Inject ReceivableOnboardingProcess onboarding;
  @Inject PayableCertificates certificates;
  @Inject UserDirectory parties;
  @Inject DocumentInspector inspector;
  @Inject Settings settings;
  @Inject Clock clock;

  /**
   * Submits the invoice and starts its onboarding, in one transaction.
   *
   * @throws ValidationException every problem with the terms and documents, at once
   * @throws ConflictException the invoice already backs a certificate or is already in onboarding
   */
  @Transactional
  public ReceivableView submit(Actor actor, SubmitReceivable form) {
    if (!actor.has(Role.SUPPLIER)) {
      throw new AccessDeniedException(NOT_A_SUPPLIER);
    }
    if (actor.organisation() == null) {
      throw new AccessDeniedException(NO_ORGANISATION);
    }
    List<String> problems = new ArrayList<>();
    Set<String> coreEnterprises =
        parties.organisationsOfKind("CORE_ENTERPRISE").stream()
            .map(OrganisationView::id)
            .collect(Collectors.toSet());
    LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
    ReceivableTerms terms =
        ReceivableTerms.read(form, coreEnterprises, actor.organisation(), today, problems);
    List<ReceivableUpload> documents = documents(form.documents(), problems);
    problems.addAll(fileProblems(documents));
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    refuseFinancedTwice(terms);

    ReceivableCase receivable =
        new ReceivableCase(
            receivables.nextId(),
            actor.organisation(),
            actor.userId(),
            terms.debtorOrganisation(),
            terms.invoiceNumber(),
            terms.fingerprint(),
            terms.amountMinor(),
            terms.currency(),
            terms.issueDate(),
            terms.dueDate(),
            clock.instant());
    try {
      receivables.add(receivable);
    } catch (PersistenceException e) {
      // the partial unique index on the live invoice: a concurrent submission got there first
      throw new ConflictException(
          String.format(
              ALREADY_SUBMITTED,
              terms.invoiceNumber(),
              terms.debtorOrganisation(),
              "submitted concurrently",
              "SUBMITTED"),
          e);
    }
    for (ReceivableUpload upload : documents) {
      receivables.addDocument(
          new ReceivableDocument(
              UUID.randomUUID().toString(),
              receivable.id(),
              upload.type(),
              DocumentInspector.displayName(upload.fileName()),
              inspector.detect(upload),
              upload.content(),
              upload.sha256(),
              clock.instant()));
    }
    receivable.processStarted(
        onboarding.start(receivable.id(), actor.userId(), terms.debtorOrganisation()));
    return ReceivableView.of(receivable, receivables.documents(receivable.id()));
  }

  /** Refuses an invoice that backs a certificate, or is live in onboarding, naming which. */
  private void refuseFinancedTwice(ReceivableTerms terms) {
    Optional<ReceivableCase> live = receivables.findLiveByFingerprint(terms.fingerprint());
    Optional<CertificateView> certified = certificates.byFingerprint(terms.fingerprint());
    if (certified.isPresent()) {
      throw new ConflictException(
          String.format(
              ALREADY_CERTIFIED,
              terms.invoiceNumber(),
              terms.debtorOrganisation(),
              certified.get().id()));
    }
    if (live.isPresent()) {
      ReceivableCase earlier = live.get();
      throw new ConflictException(
          earlier.certificateId().isPresent()
              ? String.format(
                  ALREADY_CERTIFIED,
                  terms.invoiceNumber(),
                  terms.debtorOrganisation(),
                  earlier.certificateId().get())
              : String.format(
                  ALREADY_SUBMITTED,
                  terms.invoiceNumber(),
                  terms.debtorOrganisation(),
                  earlier.id(),
                  earlier.status()));
    }
  }

  private static List<ReceivableUpload> documents(
      List<ReceivableUpload> uploads, List<String> problems) {
    List<ReceivableUpload> documents = uploads == null ? List.of() : uploads;
    if (documents.size() > 10) {
      problems.add(TOO_MANY_DOCUMENTS);
    }
    Set<ReceivableDocumentType> present = EnumSet.noneOf(ReceivableDocumentType.class);
    for (ReceivableUpload document : documents) {
      if (document.type() == null) {
        problems.add(
            String.format(
                DOCUMENT_TYPE_MISSING, DocumentInspector.displayName(document.fileName())));
      } else {
        present.add(document.type());
      }
    }
    for (ReceivableDocumentType type : ReceivableDocumentType.values()) {
      if (!present.contains(type)) {
        problems.add(String.format(DOCUMENT_MISSING, label(type)));
      }
    }
    return documents;
  }

  /** The problems of each file's content (type sniffed from the bytes, size, name). */
  private List<String> fileProblems(List<ReceivableUpload> documents) {
    List<String> problems = new ArrayList<>();
    for (ReceivableUpload document : documents) {
      problems.addAll(inspector.problems(document, settings.maxUploadBytes()));
    }
    return problems;
  }

  static String label(ReceivableDocumentType type) {
    return type == ReceivableDocumentType.PURCHASE_ORDER ? "purchase order" : "delivery proof";
  }

  /** The caller's organisation's receivables (a supplier), the newest first. */
  @Transactional
  public List<ReceivableView> mine(Actor actor) {
    if (!actor.has(Role.SUPPLIER) || actor.organisation() == null) {
      throw new AccessDeniedException(NOT_A_SUPPLIER);
    }
    return receivables.bySupplier(actor.organisation()).stream()
        .map(r -> ReceivableView.of(r, receivables.documents(r.id())))
        .toList();
  }

  /**
   * One receivable, for its supplier's users, its debtor's users, compliance, trustees and admins.
   */
  @Transactional
  public Optional<ReceivableView> receivable(Actor actor, String id) {
    return receivables
        .find(id)
        .filter(r -> maySee(actor, r))
        .map(r -> ReceivableView.of(r, receivables.documents(r.id())));
  }

  /** One document of a receivable the caller may see. */
  @Transactional
  public Optional<DocumentContent> document(Actor actor, String id, String documentId) {
    return receivables
        .find(id)
        .filter(r -> maySee(actor, r))
        .flatMap(r -> receivables.document(id, documentId))
        .map(d -> new DocumentContent(d.fileName(), d.mediaType(), d.content()));
  }

  static boolean maySee(Actor actor, ReceivableCase r) {
    String org = actor.organisation();
    return (actor.has(Role.SUPPLIER) && r.supplierOrganisation().equals(org))
        || (actor.has(Role.DEBTOR) && r.debtorOrganisation().equals(org))
        || actor.has(Role.COMPLIANCE)
        || actor.has(Role.TRUSTEE)
        || actor.has(Role.ADMIN);
  }

  /** The core enterprises a supplier may submit invoices on. */
  public List<OrganisationView> debtors() {
    return parties.organisationsOfKind("CORE_ENTERPRISE");
  }

  /**
   * The payable certificates the caller's core enterprise issued (a debtor), the earliest maturity
   * first: its payment schedule.
   */
  @Transactional
  public List<CertificateView> issuedCertificates(Actor actor) {
    if (!actor.has(Role.DEBTOR) || actor.organisation() == null) {
      throw new AccessDeniedException("Only a core enterprise's users see its certificates.");
    }
    return certificates.issuedBy(actor.organisation()).stream()
        .sorted(
            java.util.Comparator.comparing(CertificateView::maturityDate)
                .thenComparing(CertificateView::id))
        .toList();
  }
}
