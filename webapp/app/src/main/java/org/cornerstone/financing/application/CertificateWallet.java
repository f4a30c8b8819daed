package org.cornerstone.financing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cornerstone.financing.domain.CertificateRecords;
import org.cornerstone.financing.domain.PayableCertificate;
import org.cornerstone.financing.domain.PayableCertificateRepository;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.shared.Actor;

/**
 * A holder organisation's certificate wallet (issue 22): the payable certificates it holds on the
 * ledger (amount, frozen part, obligor, maturity, state), by maturity date (its maturity calendar),
 * and its notifications.
 */
@ApplicationScoped
@Transactional
public class CertificateWallet {
  @Inject PayableCertificateRepository certificates;
  @Inject CertificateRecords records;
  @Inject CertificateMaturities maturities;
  @Inject HoldingsRegister register;
  @Inject UserDirectory directory;

  /** The actor's organisation's certificate holdings, the earliest maturity first. */
  public List<WalletHolding> holdings(Actor actor) {
    Optional<String> identity = directory.ledgerIdentity(actor);
    if (identity.isEmpty()) {
      return List.of();
    }
    List<WalletHolding> wallet = new ArrayList<>();
    for (Holding h : register.holdingsOfHolder(PartyName.of(identity.get()))) {
      if (h.quantity() <= 0) {
        continue;
      }
      Optional<PayableCertificate> c = certificates.find(h.instrumentId());
      if (c.isEmpty()) {
        continue;
      }
      PayableCertificate certificate = c.get();
      wallet.add(
          new WalletHolding(
              certificate.id(),
              certificate.obligorOrganisation(),
              directory
                  .organisation(certificate.obligorOrganisation())
                  .map(o -> o.name())
                  .orElse(certificate.obligorOrganisation()),
              h.quantity(),
              h.frozenQuantity(),
              certificate.currency(),
              certificate.maturityDate(),
              maturities.stateOf(certificate)));
    }
    wallet.sort(
        Comparator.comparing(WalletHolding::maturityDate)
            .thenComparing(WalletHolding::certificateId));
    return wallet;
  }

  /** The actor's organisation's notifications, the newest first. */
  public List<NotificationView> notifications(Actor actor) {
    return records.notificationsOf(actor.organisation()).stream()
        .map(
            n ->
                new NotificationView(
                    n.certificateId(),
                    n.kind(),
                    n.amountMinor(),
                    certificates.find(n.certificateId()).map(c -> c.currency()).orElse(""),
                    n.createdAt()))
        .toList();
  }
}
