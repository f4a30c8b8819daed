package org.cornerstone.cash.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.cornerstone.cash.domain.CashRequest;
import org.cornerstone.cash.domain.CashRequestRepository;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;

/** What the settlement bank sees of a deposit or withdrawal it is asked to confirm. */
@ApplicationScoped
@Transactional
public class CashBankQueries {
  public static final String ONLY_BANK = "Only the settlement bank sees cash requests.";

  /**
   * A request and, for a withdrawal, the investor's cash in its currency.
   *
   * @param balance the holder's balance in the request's currency (withdrawals only)
   */
  public record Pending(CashRequestView request, Optional<CashBalance> balance) {}

  @Inject CashRequestRepository requests;
  @Inject CashReservations reservations;

  public Optional<Pending> pending(Actor actor, String requestId) {
    if (!actor.has(Role.SETTLEMENT_BANK) && !actor.has(Role.ADMIN)) {
      throw new AccessDeniedException(ONLY_BANK);
    }
    return requests
        .find(requestId)
        .map(
            r ->
                new Pending(
                    CashService.view(r),
                    r.kind() == CashRequest.Kind.WITHDRAWAL
                        ? Optional.of(
                            reservations.balanceOf(PartyName.of(r.holder()), r.currency()))
                        : Optional.empty()));
  }
}
