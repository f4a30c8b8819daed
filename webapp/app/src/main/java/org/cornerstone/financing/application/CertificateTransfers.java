package org.cornerstone.financing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.cornerstone.financing.domain.CertificateAmount;
import org.cornerstone.financing.domain.CertificateHop;
import org.cornerstone.financing.domain.CertificateRecords;
import org.cornerstone.financing.domain.PayableCertificate;
import org.cornerstone.financing.domain.PayableCertificateRepository;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.registry.controls.application.HolderTransfers;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;

/**
 * Split and pay down the chain (issue 22, part 3): a supplier holding a payable certificate
 * transfers an exact part of it (minor units) to another onboarded supplier, one ledger transaction
 * per hop. The transfer goes through the registry's {@link HolderTransfers}: the issuer-agent
 * controls (a paused certificate, a frozen holding), the holding itself and the certificate's rule
 * set are checked before the ledger is asked, and the ledger's registrar checks them again under
 * its lock. Each hop is idempotent by the holder's request key: a second submit with the same key
 * answers the same hop (and the same ledger transaction); the same key for a different hop is
 * refused. Hops of one certificate run one at a time (its row is locked).
 */
@ApplicationScoped
@Transactional
public class CertificateTransfers {
  public static final String UNKNOWN_CERTIFICATE = "No payable certificate %s.";
  public static final String ONLY_SUPPLIERS =
      "Only a supplier holding the certificate may transfer it.";
  public static final String MATURED =
      "Certificate %s matures on %s: no transfer on or after the maturity date.";
  public static final String MATURITY_STARTED =
      "Certificate %s is being paid at maturity: it cannot be transferred any more.";
  public static final String RECIPIENT_REQUIRED = "Choose the supplier that receives the part.";
  public static final String UNKNOWN_RECIPIENT = "No organisation %s.";
  public static final String RECIPIENT_NOT_SUPPLIER =
      "%s is not an onboarded supplier: a certificate passes only to suppliers (not investors, banks"
          + " or the obligor) in a transfer.";
  public static final String SELF = "You cannot transfer a certificate to your own organisation.";
  public static final String KEY_REQUIRED =
      "A request key is required (1 to 100 characters of letters, digits, '-', '.', '_'), so that"
          + " a repeated submit makes no second transfer.";
  public static final String KEY_REUSED =
      "Request key %s was already used for a different transfer (hop %s).";

  private static final Pattern KEY = Pattern.compile("[-._A-Za-z0-9]{1,100}");

  @Inject PayableCertificateRepository certificates;
  @Inject CertificateRecords records;
  @Inject HolderTransfers transfers;
  @Inject UserDirectory directory;
  @Inject Clock clock;

  /**
   * Transfers {@code amount} (in the certificate's currency, e.g. "400000.00") of the actor's
   * organisation's holding to organisation {@code toOrganisation}, once per {@code requestKey}.
   *
   * @throws ValidationException bad input, matured certificate, recipient not a supplier
   * @throws HolderTransfers.TransferRefused more than held, frozen, paused, a rule broken
   * @throws AccessDeniedException the actor is not a supplier
   * @throws ConflictException the key was used for another hop
   */
  public HopView transfer(
      Actor actor, String certificateId, String toOrganisation, String amount, String requestKey) {
    if (!actor.has(Role.SUPPLIER)) {
      throw new AccessDeniedException(ONLY_SUPPLIERS);
    }
    PayableCertificate known =
        certificates
            .find(certificateId)
            .orElseThrow(
                () -> new NotFoundException(String.format(UNKNOWN_CERTIFICATE, certificateId)));
    String from = actor.organisation();
    if (!"SUPPLIER".equals(directory.organisationKind(from).orElse(""))) {
      throw new AccessDeniedException(ONLY_SUPPLIERS);
    }
    List<String> problems = new ArrayList<>();
    String key = null;
    if (requestKey == null || !KEY.matcher(requestKey.strip()).matches()) {
      problems.add(KEY_REQUIRED);
    } else {
      key = "certificate-" + known.id() + ".hop-" + requestKey.strip();
    }
    long minor = 0;
    try {
      minor = CertificateAmount.parseMinor(amount, known.currency());
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
    String to = toOrganisation == null ? "" : toOrganisation.strip();
    if (to.isEmpty()) {
      problems.add(RECIPIENT_REQUIRED);
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    // a repeated submit answers the hop it made, whatever happened since (maturity included)
    Optional<HopView> same = repeated(key, known.id(), from, to, minor);
    if (same.isPresent()) {
      return same.get();
    }
    PayableCertificate certificate = certificates.lock(known.id()).orElseThrow();
    same = repeated(key, known.id(), from, to, minor);
    if (same.isPresent()) {
      return same.get();
    }
    LocalDate today = LocalDate.now(clock);
    if (certificate.maturedOn(today)) {
      throw new ValidationException(
          String.format(MATURED, certificate.id(), certificate.maturityDate()));
    }
    if (records.maturity(certificate.id()).isPresent()) {
      throw new ValidationException(String.format(MATURITY_STARTED, certificate.id()));
    }
    OrganisationView recipient =
        directory
            .organisation(to)
            .orElseThrow(() -> new ValidationException(String.format(UNKNOWN_RECIPIENT, to)));
    if (recipient.id().equals(from)) {
      throw new ValidationException(SELF);
    }
    if (!"SUPPLIER".equals(directory.organisationKind(recipient.id()).orElse(""))
        || recipient.id().equals(certificate.obligorOrganisation())) {
      throw new ValidationException(String.format(RECIPIENT_NOT_SUPPLIER, recipient.name()));
    }
    String transactionId =
        transfers.transfer(actor, certificate.id(), recipient.x500Name(), minor, key);
    CertificateHop hop =
        new CertificateHop(
            UUID.randomUUID().toString(),
            certificate.id(),
            key,
            from,
            recipient.id(),
            minor,
            CertificateHop.TRANSFER,
            transactionId,
            actor.userId(),
            clock.instant());
    records.add(hop);
    return HopView.of(hop);
  }

  /**
   * Records a hop made by another part of the platform in its own ledger transaction (e.g. the DvP
   * of a discount moving part of a certificate to a financier), so that the lineage shows it.
   * Idempotent by {@code requestKey}. A seam for issue 22's discounting part.
   */
  public HopView recordHop(
      String certificateId,
      String fromOrganisation,
      String toOrganisation,
      long amountMinor,
      String kind,
      String ledgerTransactionId,
      String requestKey,
      String requestedBy) {
    Optional<CertificateHop> earlier = records.hopByRequestKey(requestKey);
    if (earlier.isPresent()) {
      return HopView.of(earlier.get());
    }
    CertificateHop hop =
        new CertificateHop(
            UUID.randomUUID().toString(),
            certificateId,
            requestKey,
            fromOrganisation,
            toOrganisation,
            amountMinor,
            kind,
            ledgerTransactionId,
            requestedBy,
            clock.instant());
    records.add(hop);
    return HopView.of(hop);
  }

  /** The certificate's hops in the order they were made. */
  public List<HopView> hops(String certificateId) {
    return records.hops(certificateId).stream().map(HopView::of).toList();
  }

  /** The suppliers a holder may pass a certificate to: every onboarded supplier but itself. */
  public List<OrganisationView> recipients(Actor actor) {
    return directory.organisationsOfKind("SUPPLIER").stream()
        .filter(o -> !o.id().equals(actor.organisation()))
        .toList();
  }

  private Optional<HopView> repeated(
      String key, String certificate, String from, String to, long minor) {
    Optional<CertificateHop> earlier = records.hopByRequestKey(key);
    if (earlier.isEmpty()) {
      return Optional.empty();
    }
    if (!earlier.get().sameAs(certificate, from, to, minor)) {
      throw new ConflictException(
          String.format(KEY_REUSED, key.substring(key.indexOf(".hop-") + 5), earlier.get().id()));
    }
    return Optional.of(HopView.of(earlier.get()));
  }
}
