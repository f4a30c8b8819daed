package org.cornerstone.cordapp.testing;

import com.r3.corda.ledger.utxo.testing.ContractTest;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.StateRef;
import net.corda.v5.ledger.utxo.transaction.UtxoSignedTransaction;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionBuilder;
import org.cornerstone.cordapp.asset.AssetKind;
import org.cornerstone.cordapp.asset.AssetState;
import org.cornerstone.cordapp.asset.AssetStatus;
import org.cornerstone.cordapp.cash.CashTokenContract;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.plan.PlanWindow;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * R3's contract-testing harness with Cornerstone's cast: the harness's test identities play the
 * trade's roles, and helpers build valid states that each test then spoils in exactly one way.
 */
public abstract class CornerstoneContractTest extends ContractTest {

  protected static final String ASSET_ID = "asset-42";

  /** The instrument of {@link #ASSET_ID}'s tokens; deliberately not the asset id. */
  protected static final String INSTRUMENT_ID = "instrument-42";

  /** The settlement bank's EUR cash instrument. */
  protected static final String CASH_INSTRUMENT_ID = "cash-eur-bank-a";

  protected static final String DIGEST =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  /** The time window of every transaction {@link #transaction()} builds. */
  protected static final PlanWindow WINDOW =
      new PlanWindow(Instant.parse("2026-12-01T09:59:00Z"), Instant.parse("2026-12-01T10:01:00Z"));

  protected final MemberX500Name issuer = aliceName;
  protected final PublicKey issuerKey = aliceKey;
  protected final MemberX500Name trustee = bobName;
  protected final PublicKey trusteeKey = bobKey;
  protected final MemberX500Name registrar = charlieName;
  protected final PublicKey registrarKey = charlieKey;
  protected final MemberX500Name seller = daveName;
  protected final PublicKey sellerKey = daveKey;
  protected final MemberX500Name buyer = eveName;
  protected final PublicKey buyerKey = eveKey;
  protected final MemberX500Name bank = bankAName;
  protected final PublicKey bankKey = bankAKey;

  protected AssetState asset() {
    return new AssetState(
        ASSET_ID,
        INSTRUMENT_ID,
        AssetKind.REAL_ESTATE,
        issuer,
        issuerKey,
        trustee,
        trusteeKey,
        registrar,
        registrarKey,
        DIGEST,
        AssetStatus.ACTIVE,
        250_000_000_00L,
        "EUR");
  }

  /** An unfrozen holding of {@link #INSTRUMENT_ID}. */
  protected AssetTokenState tokens(MemberX500Name holder, PublicKey holderKey, long quantity) {
    return new AssetTokenState(
        INSTRUMENT_ID,
        issuer,
        issuerKey,
        holder,
        holderKey,
        registrar,
        registrarKey,
        quantity,
        false);
  }

  /** {@code holding} as a receiver gets it: acquired at the upper bound of {@link #WINDOW}. */
  protected static AssetTokenState received(AssetTokenState holding) {
    return holding.withAcquiredAt(WINDOW.until());
  }

  /** EUR cash from the settlement bank. */
  protected CashTokenState cash(MemberX500Name holder, PublicKey holderKey, long amount) {
    return new CashTokenState(CASH_INSTRUMENT_ID, "EUR", bank, bankKey, holder, holderKey, amount);
  }

  /**
   * Records states on the mock ledger without running any contract, so a test can start from any
   * situation (a frozen holding, an asset without digest) and exercise one rule.
   */
  protected List<StateRef> recorded(ContractState... states) {
    return getLedgerService()
        .createTransactionBuilder()
        .addOutputStates(states)
        .toSignedTransaction()
        .getOutputStateAndRefs()
        .stream()
        .map(StateAndRef::getRef)
        .toList();
  }

  protected StateRef recorded(ContractState state) {
    return recorded(new ContractState[] {state}).get(0);
  }

  /**
   * A delivery-versus-payment transaction. {@code cashFirst} decides whose inputs come first, and
   * so which contract the harness runs first: a test of one leg's rule puts that leg first.
   */
  protected UtxoSignedTransaction dvp(
      boolean cashFirst,
      List<AssetTokenState> tokensIn,
      List<AssetTokenState> tokensOut,
      List<CashTokenState> cashIn,
      List<CashTokenState> cashOut,
      PublicKey... signers) {
    List<StateRef> tokenRefs = recorded(tokensIn.toArray(new ContractState[0]));
    List<StateRef> cashRefs = recorded(cashIn.toArray(new ContractState[0]));
    UtxoTransactionBuilder builder = transaction();
    if (cashFirst) {
      builder.addInputStates(cashRefs).addInputStates(tokenRefs);
    } else {
      builder.addInputStates(tokenRefs).addInputStates(cashRefs);
    }
    return builder
        .addOutputStates(List.copyOf(tokensOut))
        .addOutputStates(List.copyOf(cashOut))
        .addCommand(new AssetTokenContract.Commands.DvP())
        .addCommand(new CashTokenContract.Commands.DvP())
        .addSignatories(signers)
        .toSignedTransaction();
  }

  /** A builder with the time window {@link #WINDOW} (the harness's default is unbounded). */
  protected UtxoTransactionBuilder transaction() {
    return getLedgerService()
        .createTransactionBuilder()
        .setTimeWindowBetween(WINDOW.from(), WINDOW.until());
  }
}
