package org.cornerstone.cordapp.plan;

import java.util.ArrayList;
import java.util.List;
import net.corda.v5.ledger.utxo.ContractState;
import org.cornerstone.cordapp.cash.CashTokenContract;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.cash.FxConversion;
import org.cornerstone.cordapp.cash.PvpLeg;

/**
 * Payment versus payment in one transaction: party A pays {@code amountA} of currency 1 (cash
 * issued by bank 1) to party B, and B pays {@code amountB} of currency 2 (cash of bank 2) to A, at
 * the agreed rate (command {@link CashTokenContract.Commands.PvP}, which carries the terms; signed
 * by A and B). Both legs or neither: the contract refuses a transaction with one leg only.
 *
 * <p>Like {@link DvpPlan}, a Corda flow builds it in two steps, so the plan comes in two legs:
 * {@link #legOfA} (A's cash in, the amount to B, A's change, the command; A signs) and {@link
 * #legOfB} (B's cash in, the amount to A, B's change; B signs). {@link #plan} is both. Shared by
 * {@code SettlePvpFlow} and the embedded ledger's {@code EmbeddedPvpSettlements}.
 */
public final class PvpPlan {

  public static final String SAME_PARTY = "The two parties of a PvP must differ.";

  private PvpPlan() {}

  /**
   * What one party pays: {@code amount} minor units of a cash instrument issued by {@code bank}.
   */
  public record Payment(String cashInstrumentId, String currency, PlanParty bank, long amount) {}

  /**
   * A pays {@code payA} to B, B pays {@code payB} to A; {@code rate} is the number of units of the
   * other currency per one unit of {@code baseCurrency} (one of the two payments' currencies).
   */
  public record Request(
      PlanParty partyA,
      PlanParty partyB,
      Payment payA,
      Payment payB,
      String baseCurrency,
      String rate) {}

  /** The command both legs are checked against: the agreed terms, checked here first. */
  public static CashTokenContract.Commands.PvP command(Request request) {
    PlanParty a = PlanRules.required(request.partyA(), "partyA");
    PlanParty b = PlanRules.required(request.partyB(), "partyB");
    if (a.key().equals(b.key()) || a.name().equals(b.name())) {
      throw new IllegalArgumentException(SAME_PARTY);
    }
    PvpLeg legA = leg(a, b, PlanRules.required(request.payA(), "payA"));
    PvpLeg legB = leg(b, a, PlanRules.required(request.payB(), "payB"));
    if (legA.getCurrency().equals(legB.getCurrency())) {
      throw new IllegalArgumentException(CashTokenContract.PVP_SAME_CURRENCY);
    }
    String base = PlanRules.required(request.baseCurrency(), "baseCurrency");
    String rate = PlanRules.required(request.rate(), "rate");
    PvpLeg baseLeg;
    PvpLeg quoteLeg;
    if (base.equals(legA.getCurrency())) {
      baseLeg = legA;
      quoteLeg = legB;
    } else if (base.equals(legB.getCurrency())) {
      baseLeg = legB;
      quoteLeg = legA;
    } else {
      throw new IllegalArgumentException(CashTokenContract.PVP_BASE_CURRENCY);
    }
    long quote =
        FxConversion.convert(
            baseLeg.getAmount(),
            baseLeg.getCurrency(),
            quoteLeg.getCurrency(),
            FxConversion.rate(rate));
    if (quote != quoteLeg.getAmount()) {
      throw new IllegalArgumentException(CashTokenContract.PVP_RATE_MISMATCH);
    }
    return new CashTokenContract.Commands.PvP(legA, legB, base, rate);
  }

  /** Both legs: A's leg then B's. */
  public static <R> TransactionPlan<R> plan(
      Request request,
      List<PlanInput<R, CashTokenState>> cashOfA,
      List<PlanInput<R, CashTokenState>> cashOfB) {
    return PvpPlan.<R>legOfA(request, cashOfA).plus(legOfB(request, cashOfB));
  }

  /** A's part: its cash in, {@code payA} to B, its change, the command; A signs. */
  public static <R> TransactionPlan<R> legOfA(
      Request request, List<PlanInput<R, CashTokenState>> cashOfA) {
    CashTokenContract.Commands.PvP command = command(request);
    return TransactionPlan.of(
        PlanRules.refs(cashOfA),
        outputs(command.getLegA(), cashOfA),
        List.of(command),
        List.of(command.getLegA().getPayerKey()));
  }

  /** B's part: its cash in, {@code payB} to A, its change; B signs. No command (A's carries it). */
  public static <R> TransactionPlan<R> legOfB(
      Request request, List<PlanInput<R, CashTokenState>> cashOfB) {
    CashTokenContract.Commands.PvP command = command(request);
    return TransactionPlan.of(
        PlanRules.refs(cashOfB),
        outputs(command.getLegB(), cashOfB),
        List.of(),
        List.of(command.getLegB().getPayerKey()));
  }

  private static PvpLeg leg(PlanParty payer, PlanParty payee, Payment payment) {
    PlanParty bank = PlanRules.required(payment.bank(), "bank");
    return new PvpLeg(
        payer.name(),
        payer.key(),
        payee.name(),
        payee.key(),
        PlanRules.required(payment.cashInstrumentId(), "cashInstrumentId"),
        PlanRules.required(payment.currency(), "currency"),
        bank.name(),
        bank.key(),
        PlanRules.positive(payment.amount(), "amount"));
  }

  /**
   * The payee's cash and the payer's change; refuses cash that is not the payer's cash of the leg
   * ({@link CashPaymentPlan#NOT_THE_PAYERS_CASH}) or does not cover the amount ({@link
   * PlanRules#INSUFFICIENT_CASH}).
   */
  private static <R> List<ContractState> outputs(
      PvpLeg leg, List<PlanInput<R, CashTokenState>> cash) {
    List<CashTokenState> states = PlanRules.cash(cash, leg.getCashInstrumentId());
    CashTokenState template = states.get(0);
    if (!template.getHolderKey().equals(leg.getPayerKey()) || !leg.isOfThisLeg(template)) {
      throw new IllegalArgumentException(CashPaymentPlan.NOT_THE_PAYERS_CASH);
    }
    long change =
        PlanRules.changeAfter(
            PlanRules.totalAmount(states),
            leg.getAmount(),
            PlanRules.INSUFFICIENT_CASH,
            leg.getCashInstrumentId() + " (" + leg.getCurrency() + ")");
    List<ContractState> outputs = new ArrayList<>();
    outputs.add(template.withHolder(leg.getPayee(), leg.getPayeeKey(), leg.getAmount()));
    if (change > 0) {
      outputs.add(template.withAmount(change));
    }
    return outputs;
  }
}
