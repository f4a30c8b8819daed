package org.cornerstone.cordapp.flows.pvp;

import net.corda.v5.base.annotations.CordaSerializable;
import org.cornerstone.cordapp.cash.CashTokenContract;
import org.cornerstone.cordapp.cash.PvpLeg;
import org.cornerstone.cordapp.plan.PlanParty;
import org.cornerstone.cordapp.plan.PvpPlan;

/**
 * The agreed PvP as party A sends it to B and both banks: the two legs and the rate. B claims its
 * cash under a deduplication id derived from {@code requestId}, so a retried settlement reuses the
 * same claim. The transaction must carry exactly this PvP command.
 */
@CordaSerializable
public final class PvpTerms {

  private final String requestId;
  private final PvpLeg legA;
  private final PvpLeg legB;
  private final String baseCurrency;
  private final String rate;

  public PvpTerms(String requestId, PvpLeg legA, PvpLeg legB, String baseCurrency, String rate) {
    this.requestId = requestId;
    this.legA = legA;
    this.legB = legB;
    this.baseCurrency = baseCurrency;
    this.rate = rate;
  }

  /** The terms of a plan request (the legs as the contract will see them). */
  public static PvpTerms of(String requestId, PvpPlan.Request request) {
    CashTokenContract.Commands.PvP command = PvpPlan.command(request);
    return new PvpTerms(
        requestId,
        command.getLegA(),
        command.getLegB(),
        command.getBaseCurrency(),
        command.getRate());
  }

  public String getRequestId() {
    return requestId;
  }

  public PvpLeg getLegA() {
    return legA;
  }

  public PvpLeg getLegB() {
    return legB;
  }

  public String getBaseCurrency() {
    return baseCurrency;
  }

  public String getRate() {
    return rate;
  }

  /** The plan request these terms describe. */
  public PvpPlan.Request planRequest() {
    return new PvpPlan.Request(
        new PlanParty(legA.getPayer(), legA.getPayerKey()),
        new PlanParty(legB.getPayer(), legB.getPayerKey()),
        payment(legA),
        payment(legB),
        baseCurrency,
        rate);
  }

  /** The command the transaction must carry. */
  public CashTokenContract.Commands.PvP command() {
    return new CashTokenContract.Commands.PvP(legA, legB, baseCurrency, rate);
  }

  private static PvpPlan.Payment payment(PvpLeg leg) {
    return new PvpPlan.Payment(
        leg.getCashInstrumentId(),
        leg.getCurrency(),
        new PlanParty(leg.getBank(), leg.getBankKey()),
        leg.getAmount());
  }
}
