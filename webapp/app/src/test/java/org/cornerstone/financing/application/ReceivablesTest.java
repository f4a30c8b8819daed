package org.cornerstone.financing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cornerstone.financing.domain.ReceivableCase;
import org.cornerstone.financing.domain.ReceivableDocument;
import org.cornerstone.financing.domain.ReceivableDocumentType;
import org.cornerstone.financing.domain.ReceivableRepository;
import org.cornerstone.financing.domain.ReceivableStatus;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.platform.Settings;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.shared.documents.DocumentInspector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Submitting a receivable: documents checked from their content, no invoice financed twice. */
class ReceivablesTest {
  static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] HTML =
      "<!DOCTYPE html><html><body>order</body></html>".getBytes(StandardCharsets.US_ASCII);
  static final Actor SUKI = new Actor("suki", "Suki", "songhua-valves", Set.of(Role.SUPPLIER));
  static final Actor NICO = new Actor("nico", "Nico", "northstar-seals", Set.of(Role.SUPPLIER));
  static final Actor DEREK = new Actor("derek", "Derek", "daqing-petrochem", Set.of(Role.DEBTOR));

  final InMemoryReceivables repository = new InMemoryReceivables();
  final Map<String, CertificateView> certificatesByFingerprint = new HashMap<>();
  final List<String> started = new ArrayList<>();
  Receivables service;

  @BeforeEach
  void wire() {
    service = new Receivables();
    service.receivables = repository;
    service.clock = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);
    service.inspector = new DocumentInspector();
    service.settings = new Settings();
    service.parties =
        new UserDirectory() {
          @Override
          public List<OrganisationView> organisationsOfKind(String kind) {
            return kind.equals("CORE_ENTERPRISE")
                ? List.of(
                    new OrganisationView(
                        "daqing-petrochem",
                        "Daqing Petrochemical Group",
                        "O=Daqing, L=Daqing, C=CN"))
                : List.of();
          }
        };
    service.certificates =
        new PayableCertificates() {
          @Override
          public Optional<CertificateView> byFingerprint(String fingerprint) {
            return Optional.ofNullable(certificatesByFingerprint.get(fingerprint));
          }
        };
    service.onboarding =
        (id, user, debtor) -> {
          started.add(id + " by " + user + " on " + debtor);
          return "p-" + id;
        };
  }

  private SubmitReceivable invoice(String number, List<ReceivableUpload> documents) {
    return new SubmitReceivable(
        "daqing-petrochem", number, "1,000,000.00", "CNY", "2026-12-01", "2027-03-31", documents);
  }

  private static List<ReceivableUpload> evidence() {
    return List.of(
        new ReceivableUpload("po-0042.pdf", ReceivableDocumentType.PURCHASE_ORDER, PDF),
        new ReceivableUpload("delivery-0042.pdf", ReceivableDocumentType.DELIVERY_PROOF, PDF));
  }

  @Test
  void aSupplierSubmitsAnInvoiceWithItsEvidenceAndTheProcessStarts() {
    ReceivableView made = service.submit(SUKI, invoice("INV-2026/0042", evidence()));

    assertThat(made.id()).isEqualTo("RCV-000001");
    assertThat(made.status()).isEqualTo(ReceivableStatus.SUBMITTED.name());
    assertThat(made.amountMinor()).isEqualTo(100_000_000L);
    assertThat(made.supplierOrganisation()).isEqualTo("songhua-valves");
    assertThat(made.documents())
        .extracting(ReceivableView.Document::type)
        .containsExactly("PURCHASE_ORDER", "DELIVERY_PROOF");
    assertThat(made.documents()).allMatch(d -> d.mediaType().equals("application/pdf"));
    assertThat(started).containsExactly("RCV-000001 by suki on daqing-petrochem");
  }

  @Test
  void aWrongFileTypeAndAMissingDocumentAreRefusedAndNothingIsStored() {
    assertThatThrownBy(
            () ->
                service.submit(
                    SUKI,
                    invoice(
                        "INV-1",
                        List.of(
                            new ReceivableUpload(
                                "po.pdf", ReceivableDocumentType.PURCHASE_ORDER, HTML)))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("po.pdf is not a PDF, PNG or JPEG file")
        .hasMessageContaining(String.format(Receivables.DOCUMENT_MISSING, "delivery proof"));
    assertThat(repository.cases).isEmpty();
    assertThat(started).isEmpty();
  }

  @Test
  void onlySuppliersSubmit() {
    assertThatThrownBy(() -> service.submit(DEREK, invoice("INV-1", evidence())))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage(Receivables.NOT_A_SUPPLIER);
  }

  @Test
  void theSameInvoiceReformattedOrFromAnotherSupplierIsRefusedNamingTheLiveCase() {
    service.submit(SUKI, invoice("INV-2026/0042", evidence()));

    assertThatThrownBy(() -> service.submit(SUKI, invoice("inv 2026 0042", evidence())))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            String.format(
                Receivables.ALREADY_SUBMITTED,
                "inv 2026 0042",
                "daqing-petrochem",
                "RCV-000001",
                "SUBMITTED"));
    assertThatThrownBy(() -> service.submit(NICO, invoice("INV-2026-0042", evidence())))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("RCV-000001");
    assertThat(repository.cases).hasSize(1);
  }

  @Test
  void anInvoiceBackingACertificateIsRefusedNamingTheCertificate() {
    String fingerprint =
        org.cornerstone.financing.domain.InvoiceFingerprint.of(
            "daqing-petrochem", "INV-7", "CNY", 100_000_000L, LocalDate.parse("2026-12-01"));
    certificatesByFingerprint.put(
        fingerprint,
        new CertificateView(
            "PC-RCV-000099",
            "daqing-petrochem",
            "songhua-valves",
            100_000_000L,
            "CNY",
            LocalDate.parse("2026-12-01"),
            LocalDate.parse("2027-03-31"),
            "INV-7",
            fingerprint,
            "0".repeat(64),
            "RCV-000099",
            "tx"));

    assertThatThrownBy(() -> service.submit(NICO, invoice("inv/7", evidence())))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            String.format(
                Receivables.ALREADY_CERTIFIED, "inv/7", "daqing-petrochem", "PC-RCV-000099"));
  }

  @Test
  void aDisputedInvoiceMayBeSubmittedAgain() {
    ReceivableView first = service.submit(SUKI, invoice("INV-9", evidence()));
    repository.cases.get(first.id()).disputed("derek", "Goods short by 10 units");

    ReceivableView second = service.submit(SUKI, invoice("INV-9", evidence()));

    assertThat(second.id()).isEqualTo("RCV-000002");
    assertThat(service.mine(SUKI))
        .extracting(ReceivableView::status, ReceivableView::reason)
        .contains(
            org.assertj.core.groups.Tuple.tuple("DISPUTED", "Goods short by 10 units"),
            org.assertj.core.groups.Tuple.tuple("SUBMITTED", null));
    assertThat(service.receivable(NICO, first.id())).isEmpty();
    assertThat(service.receivable(DEREK, first.id())).isPresent();
  }

  static final class InMemoryReceivables implements ReceivableRepository {
    final Map<String, ReceivableCase> cases = new java.util.LinkedHashMap<>();
    final List<ReceivableDocument> documents = new ArrayList<>();
    int next = 1;

    @Override
    public String nextId() {
      return String.format("RCV-%06d", next++);
    }

    @Override
    public Optional<ReceivableCase> find(String id) {
      return Optional.ofNullable(cases.get(id));
    }

    @Override
    public Optional<ReceivableCase> findForUpdate(String id) {
      return find(id);
    }

    @Override
    public Optional<ReceivableCase> findLiveByFingerprint(String fingerprint) {
      return cases.values().stream()
          .filter(c -> c.invoiceFingerprint().equals(fingerprint))
          .filter(
              c ->
                  c.status() != ReceivableStatus.DISPUTED
                      && c.status() != ReceivableStatus.REJECTED)
          .findFirst();
    }

    @Override
    public List<ReceivableCase> bySupplier(String supplier) {
      List<ReceivableCase> mine =
          new ArrayList<>(
              cases.values().stream()
                  .filter(c -> c.supplierOrganisation().equals(supplier))
                  .toList());
      java.util.Collections.reverse(mine);
      return mine;
    }

    @Override
    public void add(ReceivableCase receivable) {
      cases.put(receivable.id(), receivable);
    }

    @Override
    public void addDocument(ReceivableDocument document) {
      documents.add(document);
    }

    @Override
    public List<ReceivableDocument> documents(String receivableId) {
      return documents.stream().filter(d -> d.receivableId().equals(receivableId)).toList();
    }

    @Override
    public Optional<ReceivableDocument> document(String receivableId, String documentId) {
      return documents(receivableId).stream().filter(d -> d.id().equals(documentId)).findFirst();
    }
  }
}
