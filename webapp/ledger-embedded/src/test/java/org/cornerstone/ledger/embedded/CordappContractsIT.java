package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.StateAndRef;
import org.cornerstone.cordapp.asset.AssetContract;
import org.cornerstone.cordapp.asset.AssetKind;
import org.cornerstone.cordapp.asset.AssetState;
import org.cornerstone.cordapp.asset.AssetStatus;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CorDapp's real contracts, unchanged, verifying transactions on the embedded ledger. */
class CordappContractsIT {

  private static final MemberX500Name TRUSTEE =
      MemberX500Name.parse("O=Helvetia Trust, L=Bern, C=CH");
  private static final MemberX500Name REGISTRAR =
      MemberX500Name.parse("O=Swiss Registrar, L=Zurich, C=CH");

  private static LedgerFixture f;
  private static Party trustee;
  private static Party registrar;

  @BeforeAll
  static void ledger() {
    f = new LedgerFixture();
    trustee = f.parties.partyFor(TRUSTEE);
    registrar = f.parties.partyFor(REGISTRAR);
  }

  @Test
  void assetAndTokensAreIssuedMovedAndQueriedUnderTheRealContracts() {
    LedgerTransaction issued = issue("asset-42", 1_000, digest("asset-42"));
    StateAndRef<AssetTokenState> holding = issued.outputs(AssetTokenState.class).get(0);
    AssetTokenState token = holding.getState().getContractState();

    LedgerTransaction moved =
        f.ledger.submit(
            "asset-42.move-1",
            TransactionDraft.builder()
                .input(holding.getRef())
                .output(token.withHolder(f.bob.name(), f.bob.publicKey(), 400))
                .output(token.withQuantity(600))
                .command(new AssetTokenContract.Commands.Move())
                .signatory(f.alice.publicKey(), registrar.publicKey())
                .consent(
                    Consent.Kind.INSTRUCTION, "test", f.alice.publicKey(), registrar.publicKey())
                .build());

    assertThat(issued.outputs(AssetState.class)).hasSize(1);
    assertThat(f.ledger.verifyStoredTransaction(issued.id()).valid()).isTrue();
    assertThat(f.ledger.verifyStoredTransaction(moved.id()).valid()).isTrue();
    assertThat(
            f.ledger.unconsumedStates(
                AssetTokenState.class,
                StateQuery.ofInstrument("asset-42").andHeldBy(f.bob.publicKey()),
                Page.first(10)))
        .extracting(s -> s.getContractState().getQuantity())
        .containsExactly(400L);
    assertThat(f.ledger.holdingsByHolder(f.alice.publicKey(), Page.first(100)))
        .extracting(s -> (AssetTokenState) s.getContractState())
        .filteredOn(s -> s.getInstrumentId().equals("asset-42"))
        .extracting(AssetTokenState::getQuantity)
        .containsExactly(600L);
    assertThat(f.ledger.holdingsByInstrumentId("asset-42", Page.first(10)))
        .hasSize(3); // the asset and two holdings
  }

  @Test
  void theRealContractsRejectWithTheirOwnMessages() {
    assertThatThrownBy(() -> issue("asset-43", 100, null))
        .isInstanceOf(ContractRejectedException.class)
        .hasMessageContaining(AssetContract.DIGEST_REQUIRED);

    StateAndRef<AssetTokenState> holding =
        issue("asset-44", 100, digest("asset-44")).outputs(AssetTokenState.class).get(0);
    AssetTokenState token = holding.getState().getContractState();
    assertThatThrownBy(
            () ->
                f.ledger.submit(
                    "asset-44.move-unbalanced",
                    TransactionDraft.builder()
                        .input(holding.getRef())
                        .output(token.withHolder(f.bob.name(), f.bob.publicKey(), 101))
                        .command(new AssetTokenContract.Commands.Move())
                        .signatory(f.alice.publicKey(), registrar.publicKey())
                        .consent(
                            Consent.Kind.INSTRUCTION,
                            "test",
                            f.alice.publicKey(),
                            registrar.publicKey())
                        .build()))
        .isInstanceOf(ContractRejectedException.class)
        .hasMessage(AssetTokenContract.UNBALANCED);
    assertThatThrownBy(
            () ->
                f.ledger.submit(
                    "asset-44.move-without-registrar",
                    TransactionDraft.builder()
                        .input(holding.getRef())
                        .output(token.withHolder(f.bob.name(), f.bob.publicKey(), 100))
                        .command(new AssetTokenContract.Commands.Move())
                        .signatory(f.alice.publicKey())
                        .consent(Consent.Kind.INSTRUCTION, "test", f.alice.publicKey())
                        .build()))
        .isInstanceOf(ContractRejectedException.class)
        .hasMessage(AssetTokenContract.REGISTRAR_MUST_SIGN);
    assertThat(f.ledger.isUnconsumed(holding.getRef())).isTrue();
  }

  @Test
  void reasonedCommandsSurviveTheRoundTrip() {
    StateAndRef<AssetTokenState> holding =
        issue("asset-45", 10, digest("asset-45")).outputs(AssetTokenState.class).get(0);

    LedgerTransaction frozen =
        f.ledger.submit(
            "asset-45.freeze",
            TransactionDraft.builder()
                .input(holding.getRef())
                .output(holding.getState().getContractState().withFrozen(true))
                .command(new AssetTokenContract.Commands.Freeze("court order 7/2026"))
                .signatory(registrar.publicKey())
                .consent(Consent.Kind.INSTRUCTION, "test", registrar.publicKey())
                .build());

    assertThat(f.ledger.transaction(frozen.id()).orElseThrow().commands())
        .containsExactly(new AssetTokenContract.Commands.Freeze("court order 7/2026"));
  }

  private static LedgerTransaction issue(String assetId, long quantity, String diligenceDigest) {
    AssetState asset =
        new AssetState(
            assetId,
            assetId,
            AssetKind.REAL_ESTATE,
            f.bank.name(),
            f.bank.publicKey(),
            trustee.name(),
            trustee.publicKey(),
            registrar.name(),
            registrar.publicKey(),
            diligenceDigest,
            AssetStatus.ACTIVE,
            250_000_000L,
            "CHF");
    AssetTokenState token =
        new AssetTokenState(
            assetId,
            f.bank.name(),
            f.bank.publicKey(),
            f.alice.name(),
            f.alice.publicKey(),
            registrar.name(),
            registrar.publicKey(),
            quantity,
            false);
    return f.ledger.submit(
        assetId + ".issue",
        TransactionDraft.builder()
            .output(asset, token)
            .command(new AssetContract.Commands.Create(), new AssetTokenContract.Commands.Issue())
            .signatory(f.bank.publicKey(), trustee.publicKey())
            .consent(Consent.Kind.INSTRUCTION, "test", f.bank.publicKey(), trustee.publicKey())
            .build());
  }

  private static String digest(String evidence) {
    return HexFormat.of()
        .formatHex(LedgerHash.sha256(evidence.getBytes(StandardCharsets.UTF_8)).getBytes());
  }
}
