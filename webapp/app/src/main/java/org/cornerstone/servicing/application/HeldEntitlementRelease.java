package org.cornerstone.servicing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.cornerstone.cash.application.CashStepsService;
import org.cornerstone.ledgergateway.CashIssuance;
import org.cornerstone.ledgergateway.CashPayment;
import org.cornerstone.ledgergateway.CashPayments;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.InstrumentIssuance;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.servicing.domain.DistributionStore;
import org.cornerstone.servicing.domain.HeldEntitlements;
import org.cornerstone.servicing.domain.StoredDistribution;
import org.cornerstone.servicing.domain.StoredEntitlement;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;

/**
 * A trustee releases a held entitlement once the registrar has unfrozen the holding (ADR 0016): the
 * payer's share of the collection that was kept back is issued to it in cash tokens ({@code
 * <release key>.fund}) and paid to the holder ({@code <release key>.pay}), and the entitlement is
 * marked PAID with the trustee's name, all in one transaction that holds the distribution's row
 * lock. A second release of the same entitlement (a double submit, a retry) waits for the lock,
 * finds it paid and pays nothing; a ledger step retried after a crash is found by its key.
 */
@ApplicationScoped
@Transactional
public class HeldEntitlementRelease {
  public static final String TRUSTEES_ONLY =
      "Only a trustee releases a held entitlement: trustees act for the investors.";
  public static final String HOLDER_REQUIRED = "Name the holder whose entitlement is released.";

  /**
   * What a release did.
   *
   * @param paidNow false when an earlier release had paid it already (nothing was paid now)
   */
  public record Release(
      String distributionId,
      String holder,
      String currency,
      long grossMinor,
      long taxMinor,
      long netMinor,
      String state,
      String ledgerTransaction,
      Instant paidAt,
      String releasedBy,
      boolean paidNow) {
    static Release of(StoredDistribution d, StoredEntitlement e, boolean now) {
      return new Release(
          d.id(),
          e.holder(),
          d.currency(),
          e.grossMinor(),
          e.taxMinor(),
          e.netMinor(),
          e.state(),
          e.ledgerTransaction(),
          e.paidAt(),
          e.releasedBy(),
          now);
    }
  }

  @Inject DistributionStore store;
  @Inject HoldingsRegister register;
  @Inject InstrumentIssuance issuance;
  @Inject CashPayments payments;
  @Inject UserDirectory directory;
  @Inject Clock clock;

  /** Whether the actor may release held entitlements. */
  public static boolean mayRelease(Actor actor) {
    return actor.has(Role.TRUSTEE) || actor.has(Role.SENIOR_TRUSTEE);
  }

  /**
   * Releases the held entitlement of {@code holder} (its X.500 name) in the distribution.
   *
   * @throws ConflictException while the holder still has frozen tokens, or when the entitlement was
   *     never held
   */
  public Release release(Actor actor, String distributionId, String holder) {
    if (!mayRelease(actor)) {
      throw new AccessDeniedException(TRUSTEES_ONLY);
    }
    if (holder == null || holder.isBlank()) {
      throw new ValidationException(HOLDER_REQUIRED);
    }
    StoredDistribution d =
        store
            .findForUpdate(distributionId)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        String.format(DistributionService.NO_SUCH_DISTRIBUTION, distributionId)));
    StoredEntitlement e =
        store.entitlements(distributionId).stream()
            .filter(x -> Entitling.sameParty(x.holder(), holder.strip()))
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        String.format(
                            HeldEntitlements.NOT_ENTITLED, holder.strip(), distributionId)));
    long frozenNow =
        register.holdingsOf(d.instrumentId()).stream()
            .filter(h -> Entitling.sameParty(h.holder().x500(), e.holder()))
            .mapToLong(Holding::frozenQuantity)
            .sum();
    HeldEntitlements.Decision decision;
    try {
      decision = HeldEntitlements.decide(e, d.instrumentId(), frozenNow);
    } catch (IllegalStateException refused) {
      throw new ConflictException(refused.getMessage());
    }
    if (decision == HeldEntitlements.Decision.ALREADY_PAID) {
      return Release.of(d, e, false);
    }
    StoredEntitlement released;
    if (e.netMinor() == 0) {
      released = e.released(null, clock.instant(), actor.userId());
    } else {
      String key = HeldEntitlements.releaseKey(d.id(), e.holder());
      String cash = CashStepsService.cashInstrument(d.currency());
      PartyName bank = bank();
      MoneyAmount amount = MoneyAmount.of(e.netMinor(), d.currency());
      issuance.issueCash(
          new CashIssuance(
              RequestKey.of(key + ".fund"), cash, bank, PartyName.of(d.payer()), amount));
      LedgerReceipt paid =
          payments.pay(
              new CashPayment(
                  RequestKey.of(key + ".pay"),
                  cash,
                  bank,
                  PartyName.of(d.payer()),
                  PartyName.of(e.holder()),
                  amount));
      Instant at = paid.committedAt() == null ? clock.instant() : paid.committedAt();
      released = e.released(paid.transactionId(), at, actor.userId());
    }
    store.update(released);
    return Release.of(d, released, true);
  }

  private PartyName bank() {
    return directory
        .settlementBank()
        .map(b -> PartyName.of(b.x500Name()))
        .orElseThrow(() -> new IllegalStateException(DistributionStepsService.NO_BANK));
  }
}
