package org.cornerstone.cordapp.cash;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.transaction.UtxoSignedTransaction;
import org.cornerstone.cordapp.testing.CornerstoneContractTest;
import org.junit.jupiter.api.Test;

/**
 * {@link CashTokenContract.Commands.PvP}: party A (the harness's Dave) pays 100,000.00 USD of bank
 * A to party B (Eve), B pays 712,340.00 CNY of bank B to A, at 7.1234 CNY per USD. A valid case,
 * then one per rule; in particular every one-sided settlement is refused.
 */
class PvpContractTest extends CornerstoneContractTest {

  private static final long USD = 100_000_00L;
  private static final long CNY = 712_340_00L;

  private final MemberX500Name partyA = seller;
  private final PublicKey partyAKey = sellerKey;
  private final MemberX500Name partyB = buyer;
  private final PublicKey partyBKey = buyerKey;

  private CashTokenState usd(MemberX500Name holder, PublicKey key, long amount) {
    return new CashTokenState("CASH-USD", "USD", bankAName, bankAKey, holder, key, amount);
  }

  private CashTokenState cny(MemberX500Name holder, PublicKey key, long amount) {
    return new CashTokenState("CASH-CNY", "CNY", bankBName, bankBKey, holder, key, amount);
  }

  private PvpLeg legA(long amount) {
    return new PvpLeg(
        partyA, partyAKey, partyB, partyBKey, "CASH-USD", "USD", bankAName, bankAKey, amount);
  }

  private PvpLeg legB(long amount) {
    return new PvpLeg(
        partyB, partyBKey, partyA, partyAKey, "CASH-CNY", "CNY", bankBName, bankBKey, amount);
  }

  private CashTokenContract.Commands.PvP terms() {
    return new CashTokenContract.Commands.PvP(legA(USD), legB(CNY), "USD", "7.1234");
  }

  private UtxoSignedTransaction pvp(
      CashTokenContract.Commands.PvP command,
      List<CashTokenState> inputs,
      List<CashTokenState> outputs,
      PublicKey... signers) {
    return transaction()
        .addInputStates(recorded(inputs.toArray(new ContractState[0])))
        .addOutputStates(List.copyOf(outputs))
        .addCommand(command)
        .addSignatories(signers)
        .toSignedTransaction();
  }

  private List<CashTokenState> inputs() {
    return List.of(usd(partyA, partyAKey, 150_000_00L), cny(partyB, partyBKey, CNY));
  }

  private List<CashTokenState> outputs() {
    return List.of(
        usd(partyB, partyBKey, USD),
        usd(partyA, partyAKey, 50_000_00L),
        cny(partyA, partyAKey, CNY));
  }

  private static <T> List<T> with(List<T> list, int index, T replacement) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, replacement);
    return copy;
  }

  @Test
  void bothLegsAtTheAgreedRateSignedByBothVerify() {
    assertVerifies(pvp(terms(), inputs(), outputs(), partyAKey, partyBKey));
  }

  @Test
  void onlyTheFirstLegIsRefused() {
    assertFailsWith(
        pvp(
            terms(),
            List.of(usd(partyA, partyAKey, 150_000_00L)),
            List.of(usd(partyB, partyBKey, USD), usd(partyA, partyAKey, 50_000_00L)),
            partyAKey),
        CashTokenContract.PVP_LEG_MISSING);
  }

  @Test
  void onlyTheSecondLegIsRefused() {
    assertFailsWith(
        pvp(
            terms(),
            List.of(cny(partyB, partyBKey, CNY)),
            List.of(cny(partyA, partyAKey, CNY)),
            partyBKey),
        CashTokenContract.PVP_LEG_MISSING);
  }

  @Test
  void aLegWhoseCashGoesBackToItsPayerIsRefused() {
    // B's cash goes in and comes back to B: balanced, but A receives nothing
    assertFailsWith(
        pvp(
            terms(),
            inputs(),
            with(outputs(), 2, cny(partyB, partyBKey, CNY)),
            partyAKey,
            partyBKey),
        CashTokenContract.PVP_LEG_MISSING);
  }

  @Test
  void aLegPaidToAThirdPartyIsRefused() {
    assertFailsWith(
        pvp(
            terms(),
            inputs(),
            with(outputs(), 0, usd(trustee, trusteeKey, USD)),
            partyAKey,
            partyBKey),
        CashTokenContract.PVP_WRONG_PAYEE);
  }

  @Test
  void aLegPaidToThePayeesNameUnderAnotherKeyIsRefused() {
    assertFailsWith(
        pvp(
            terms(),
            inputs(),
            with(outputs(), 0, usd(partyB, trusteeKey, USD)),
            partyAKey,
            partyBKey),
        CashTokenContract.PVP_WRONG_PAYEE);
  }

  @Test
  void amountsThatDoNotMatchTheRateAreRefused() {
    // 100,000.00 × 7.1234 = 712,340.00, not 712,339.99
    CashTokenContract.Commands.PvP off =
        new CashTokenContract.Commands.PvP(legA(USD), legB(CNY - 1), "USD", "7.1234");
    assertFailsWith(
        pvp(
            off,
            List.of(usd(partyA, partyAKey, USD), cny(partyB, partyBKey, CNY - 1)),
            List.of(usd(partyB, partyBKey, USD), cny(partyA, partyAKey, CNY - 1)),
            partyAKey,
            partyBKey),
        CashTokenContract.PVP_RATE_MISMATCH);
  }

  @Test
  void theRateIsRoundedHalfEvenNotUp() {
    // 0.05 USD × 6.9 = 0.345 CNY: half-even gives 0.34; 0.35 (half-up) is refused
    CashTokenContract.Commands.PvP halfUp =
        new CashTokenContract.Commands.PvP(legA(5), legB(35), "USD", "6.9");
    assertFailsWith(
        pvp(
            halfUp,
            List.of(usd(partyA, partyAKey, 5), cny(partyB, partyBKey, 35)),
            List.of(usd(partyB, partyBKey, 5), cny(partyA, partyAKey, 35)),
            partyAKey,
            partyBKey),
        CashTokenContract.PVP_RATE_MISMATCH);
    CashTokenContract.Commands.PvP halfEven =
        new CashTokenContract.Commands.PvP(legA(5), legB(34), "USD", "6.9");
    assertVerifies(
        pvp(
            halfEven,
            List.of(usd(partyA, partyAKey, 5), cny(partyB, partyBKey, 34)),
            List.of(usd(partyB, partyBKey, 5), cny(partyA, partyAKey, 34)),
            partyAKey,
            partyBKey));
  }

  @Test
  void theRateMayBeQuotedForEitherLegsCurrency() {
    // A pays 712,340.00 CNY, B pays 100,000.00 USD, quoted as 7.1234 CNY per USD (base USD = B's)
    PvpLeg aPaysCny =
        new PvpLeg(
            partyA, partyAKey, partyB, partyBKey, "CASH-CNY", "CNY", bankBName, bankBKey, CNY);
    PvpLeg bPaysUsd =
        new PvpLeg(
            partyB, partyBKey, partyA, partyAKey, "CASH-USD", "USD", bankAName, bankAKey, USD);
    assertVerifies(
        pvp(
            new CashTokenContract.Commands.PvP(aPaysCny, bPaysUsd, "USD", "7.1234"),
            List.of(cny(partyA, partyAKey, CNY), usd(partyB, partyBKey, USD)),
            List.of(cny(partyB, partyBKey, CNY), usd(partyA, partyAKey, USD)),
            partyAKey,
            partyBKey));
  }

  @Test
  void paidAmountsOtherThanTheTermsAreRefused() {
    // balanced, but B receives 99,999.99 USD and 0.01 USD goes back to A as change
    assertFailsWith(
        pvp(
            terms(),
            inputs(),
            List.of(
                usd(partyB, partyBKey, USD - 1),
                usd(partyA, partyAKey, 50_000_01L),
                cny(partyA, partyAKey, CNY)),
            partyAKey,
            partyBKey),
        CashTokenContract.PVP_AMOUNT_DIFFERS);
  }

  @Test
  void spendingSomeoneElsesCashIsRefused() {
    assertFailsWith(
        pvp(
            terms(),
            List.of(
                usd(partyA, partyAKey, 150_000_00L),
                cny(partyB, partyBKey, CNY - 100),
                cny(trustee, trusteeKey, 100)),
            List.of(
                usd(partyB, partyBKey, USD),
                usd(partyA, partyAKey, 50_000_00L),
                cny(partyA, partyAKey, CNY)),
            partyAKey,
            partyBKey,
            trusteeKey),
        CashTokenContract.PVP_WRONG_PAYER);
  }

  @Test
  void cashOfAnotherBankIsForeignToThePvp() {
    CashTokenState otherBankCny =
        new CashTokenState("CASH-CNY", "CNY", bankAName, bankAKey, partyB, partyBKey, CNY);
    assertFailsWith(
        pvp(
            terms(),
            List.of(usd(partyA, partyAKey, USD), otherBankCny),
            List.of(usd(partyB, partyBKey, USD), otherBankCny.withHolder(partyA, partyAKey, CNY)),
            partyAKey,
            partyBKey),
        CashTokenContract.PVP_FOREIGN_CASH);
  }

  @Test
  void bothPayersMustSign() {
    assertFailsWith(
        pvp(terms(), inputs(), outputs(), partyAKey), CashTokenContract.HOLDER_MUST_SIGN);
  }

  @Test
  void termsWithOneCurrencyOrOneBaseOutsideTheLegsOrOnePartyAreRefused() {
    PvpLeg usdFromB =
        new PvpLeg(
            partyB, partyBKey, partyA, partyAKey, "CASH-USD", "USD", bankAName, bankAKey, USD);
    assertFailsWith(
        pvp(
            new CashTokenContract.Commands.PvP(legA(USD), usdFromB, "USD", "1"),
            List.of(usd(partyA, partyAKey, USD), usd(partyB, partyBKey, USD)),
            List.of(usd(partyB, partyBKey, USD), usd(partyA, partyAKey, USD)),
            partyAKey,
            partyBKey),
        CashTokenContract.PVP_SAME_CURRENCY);
    assertFailsWith(
        pvp(
            new CashTokenContract.Commands.PvP(legA(USD), legB(CNY), "EUR", "7.1234"),
            inputs(),
            outputs(),
            partyAKey,
            partyBKey),
        CashTokenContract.PVP_BASE_CURRENCY);
    PvpLeg aPaysItself =
        new PvpLeg(
            partyA, partyAKey, partyA, partyAKey, "CASH-CNY", "CNY", bankBName, bankBKey, CNY);
    assertFailsWith(
        pvp(
            new CashTokenContract.Commands.PvP(legA(USD), aPaysItself, "USD", "7.1234"),
            inputs(),
            outputs(),
            partyAKey,
            partyBKey),
        CashTokenContract.PVP_TERMS_INVALID);
  }
}
