package org.cornerstone.cordapp.flows.freeze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.cordapp.flows.testing.FlowTestSupport.ledgerTx;
import static org.cornerstone.cordapp.flows.testing.Names.ALICE;
import static org.cornerstone.cordapp.flows.testing.Names.BOB;
import static org.cornerstone.cordapp.flows.testing.Names.ISSUER;
import static org.cornerstone.cordapp.flows.testing.Names.REGISTRAR;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.token.selection.TokenClaimCriteria;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import org.cornerstone.cordapp.flows.testing.Fixtures;
import org.cornerstone.cordapp.flows.testing.FlowTestSupport;
import org.cornerstone.cordapp.selection.TokenPools;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class FreezeHoldingFlowTest {

  private final FlowTestSupport corda = new FlowTestSupport(REGISTRAR);

  FreezeHoldingFlowTest() {
    corda.member(ISSUER, true);
    corda.member(ALICE, true);
  }

  private AssetTokenState token(MemberX500Name holder, long quantity, boolean frozen) {
    return Fixtures.token(corda, holder, quantity, frozen);
  }

  private void balance(long available) {
    corda.availableBalance(available);
  }

  private String body() {
    return corda.json.format(
        new FreezeRequest(
            "asset-42.freeze.1",
            "asset-42",
            ISSUER.toString(),
            ALICE.toString(),
            "court order 7",
            null));
  }

  @Test
  void freezesEveryUnfrozenHoldingOfTheHolder() {
    balance(70);
    corda.claimable(token(ALICE, 30, false), token(ALICE, 40, false));

    String response = corda.inject(new FreezeHoldingFlow()).call(corda.body(body()));

    verify(corda.builder).addOutputState(token(ALICE, 30, true));
    verify(corda.builder).addOutputState(token(ALICE, 40, true));
    verify(corda.builder).addCommand(new AssetTokenContract.Commands.Freeze("court order 7"));
    verify(corda.builder).addSignatories(corda.key(REGISTRAR));
    ArgumentCaptor<TokenClaimCriteria> criteria = ArgumentCaptor.forClass(TokenClaimCriteria.class);
    verify(corda.selection).tryClaim(any(), criteria.capture());
    assertThat(criteria.getValue().getTagRegex()).isEqualTo(TokenPools.ONLY_FREE);
    assertThat(criteria.getValue().getOwnerHash())
        .isEqualTo(TokenPools.partyHash(corda.digests, ALICE));
    assertThat(corda.parse(response)).containsEntry("quantity", 70).containsEntry("frozen", true);
  }

  @Test
  void freezesAQuantityBySplittingTheLastHolding() {
    balance(70);
    corda.claimable(token(ALICE, 30, false), token(ALICE, 40, false));
    String request =
        corda.json.format(
            new FreezeRequest(
                "asset-42.freeze.2",
                "asset-42",
                ISSUER.toString(),
                ALICE.toString(),
                "court order 7",
                null,
                50L));

    String response = corda.inject(new FreezeHoldingFlow()).call(corda.body(request));

    verify(corda.builder).addOutputState(token(ALICE, 30, true));
    verify(corda.builder).addOutputState(token(ALICE, 20, true));
    verify(corda.builder).addOutputState(token(ALICE, 20, false));
    ArgumentCaptor<TokenClaimCriteria> criteria = ArgumentCaptor.forClass(TokenClaimCriteria.class);
    verify(corda.selection).tryClaim(any(), criteria.capture());
    assertThat(criteria.getValue().getTargetAmount()).isEqualByComparingTo("50");
    ArgumentCaptor<FreezeTerms> announced = ArgumentCaptor.forClass(FreezeTerms.class);
    verify(corda.session(ALICE)).send(announced.capture());
    assertThat(announced.getValue().getQuantity()).isEqualTo(50L);
    assertThat(corda.parse(response)).containsEntry("quantity", 50).containsEntry("frozen", true);
  }

  @Test
  void unfreezeClaimsOnlyFrozenHoldings() {
    balance(30);
    corda.claimable(token(ALICE, 30, true));

    corda.inject(new UnfreezeHoldingFlow()).call(corda.body(body()));

    verify(corda.builder).addOutputState(token(ALICE, 30, false));
    verify(corda.builder).addCommand(new AssetTokenContract.Commands.Unfreeze("court order 7"));
    ArgumentCaptor<TokenClaimCriteria> criteria = ArgumentCaptor.forClass(TokenClaimCriteria.class);
    verify(corda.selection).tryClaim(any(), criteria.capture());
    assertThat(criteria.getValue().getTagRegex()).isEqualTo(TokenPools.ONLY_FROZEN);
  }

  @Test
  void refusesWhenTheHolderHasNothingToFreeze() {
    balance(0);
    assertThatThrownBy(() -> corda.inject(new FreezeHoldingFlow()).call(corda.body(body())))
        .hasMessage(FreezeOperation.NOTHING_TO_FREEZE + "asset-42");
    verify(corda.selection, never()).tryClaim(any(), any());
  }

  @Test
  void refusesToFreezeAnotherRegistrarsInstrument() {
    FlowTestSupport bob = Fixtures.node(BOB, ISSUER, ALICE, REGISTRAR);
    bob.availableBalance(10);
    bob.claimable(Fixtures.token(bob, ALICE, 10, false));
    assertThatThrownBy(() -> bob.inject(new FreezeHoldingFlow()).call(bob.body(body())))
        .hasMessage(FreezeOperation.NOT_THE_REGISTRAR);
  }

  private final FreezeTerms terms =
      new FreezeTerms("asset-42", ISSUER, ALICE, true, "court order 7", null);

  /** ALICE's unfrozen 30 become {@code frozenQuantity} frozen, under {@code reason}. */
  private UtxoLedgerTransaction freezeOfThirty(long frozenQuantity, String reason) {
    return ledgerTx(
        List.of(token(ALICE, 30, false)),
        List.of(token(ALICE, frozenQuantity, true)),
        new AssetTokenContract.Commands.Freeze(reason));
  }

  @Test
  void holderAcceptsAFreezeThatOnlyFlipsTheFlag() {
    FreezeChecks.validate(freezeOfThirty(30, "court order 7"), terms, REGISTRAR);
  }

  @Test
  void holderRefusesAFreezeThatAlsoShrinksTheHolding() {
    assertThatThrownBy(
            () -> FreezeChecks.validate(freezeOfThirty(20, "court order 7"), terms, REGISTRAR))
        .hasMessage(FreezeChecks.CHANGES_MORE_THAN_FLAG);
  }

  private final FreezeTerms twentyOfThirty =
      new FreezeTerms("asset-42", ISSUER, ALICE, true, "court order 7", 20L);

  /** ALICE's unfrozen 30 split into {@code frozen} frozen and {@code rest} unfrozen. */
  private UtxoLedgerTransaction splitOfThirty(long frozen, long rest) {
    return ledgerTx(
        List.of(token(ALICE, 30, false)),
        List.of(token(ALICE, frozen, true), token(ALICE, rest, false)),
        new AssetTokenContract.Commands.Freeze("court order 7"));
  }

  @Test
  void holderAcceptsAFreezeOfTheAnnouncedQuantity() {
    FreezeChecks.validate(splitOfThirty(20, 10), twentyOfThirty, REGISTRAR);
  }

  @Test
  void holderRefusesAFreezeOfAnotherQuantity() {
    assertThatThrownBy(() -> FreezeChecks.validate(splitOfThirty(25, 5), twentyOfThirty, REGISTRAR))
        .hasMessage(FreezeChecks.QUANTITY_DIFFERS);
  }

  @Test
  void holderRefusesASplitThatLosesTokens() {
    assertThatThrownBy(() -> FreezeChecks.validate(splitOfThirty(20, 9), twentyOfThirty, REGISTRAR))
        .hasMessage(FreezeChecks.CHANGES_MORE_THAN_FLAG);
  }

  @Test
  void holderRefusesASplitWhenEverythingWasAnnounced() {
    assertThatThrownBy(() -> FreezeChecks.validate(splitOfThirty(20, 10), terms, REGISTRAR))
        .hasMessage(FreezeChecks.CHANGES_MORE_THAN_FLAG);
  }

  @Test
  void holderRefusesAFreezeByANonRegistrar() {
    assertThatThrownBy(() -> FreezeChecks.validate(freezeOfThirty(30, "court order 7"), terms, BOB))
        .hasMessage(FreezeChecks.INITIATOR_NOT_REGISTRAR);
  }

  @Test
  void holderRefusesAnotherReason() {
    assertThatThrownBy(
            () -> FreezeChecks.validate(freezeOfThirty(30, "no reason"), terms, REGISTRAR))
        .hasMessage(FreezeChecks.WRONG_COMMAND);
  }

  @Test
  void unfreezeResponderRefusesAnnouncedFreeze() {
    var session = corda.session(ALICE);
    when(session.receive(FreezeTerms.class)).thenReturn(terms);
    assertThatThrownBy(() -> corda.inject(new UnfreezeHoldingResponderFlow()).call(session))
        .hasMessage(UnfreezeHoldingResponderFlow.WRONG_DIRECTION);
    verify(corda.ledger, never()).receiveFinality(eq(session), any());
  }
}
