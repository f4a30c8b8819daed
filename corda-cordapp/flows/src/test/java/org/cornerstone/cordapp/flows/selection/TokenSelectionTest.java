package org.cornerstone.cordapp.flows.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cornerstone.cordapp.flows.testing.Names.ALICE;
import static org.cornerstone.cordapp.flows.testing.Names.BANK;
import static org.cornerstone.cordapp.flows.testing.Names.ISSUER;
import static org.cornerstone.cordapp.flows.testing.Names.REGISTRAR;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.StateRef;
import net.corda.v5.ledger.utxo.observer.TokenStateObserverContext;
import net.corda.v5.ledger.utxo.observer.UtxoToken;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.flows.testing.FlowTestSupport;
import org.cornerstone.cordapp.token.AssetTokenState;
import org.junit.jupiter.api.Test;

class TokenSelectionTest {

  private final FlowTestSupport corda = new FlowTestSupport(ALICE);

  TokenSelectionTest() {
    corda.member(ISSUER, true);
    corda.member(REGISTRAR, true);
    corda.member(BANK, true);
  }

  @SuppressWarnings("unchecked")
  private <T extends ContractState> TokenStateObserverContext<T> context(T state) {
    StateRef ref = corda.stored(state);
    TokenStateObserverContext<T> context = mock(TokenStateObserverContext.class);
    when(context.getStateAndRef()).thenAnswer(i -> corda.vault.get(ref));
    when(context.getDigestService()).thenReturn(corda.digests);
    return context;
  }

  private AssetTokenState holding(boolean frozen) {
    return new AssetTokenState(
        "asset-42",
        ISSUER,
        corda.key(ISSUER),
        ALICE,
        corda.key(ALICE),
        REGISTRAR,
        corda.key(REGISTRAR),
        70,
        frozen);
  }

  @Test
  void holdingsEnterThePoolTheFlowsClaimFrom() {
    UtxoToken token = new AssetTokenObserver().onCommit(context(holding(false)));

    assertThat(token.getPoolKey().getTokenType()).isEqualTo(TokenPools.ASSET_TOKEN_TYPE);
    assertThat(token.getPoolKey().getIssuerHash())
        .isEqualTo(TokenPools.partyHash(corda.digests, ISSUER));
    assertThat(token.getPoolKey().getSymbol()).isEqualTo("asset-42");
    assertThat(token.getAmount()).isEqualByComparingTo(BigDecimal.valueOf(70));
    assertThat(token.getFilterFields().getOwnerHash())
        .isEqualTo(TokenPools.partyHash(corda.digests, ALICE));
    assertThat(token.getFilterFields().getTag()).matches(TokenPools.ONLY_FREE);
  }

  @Test
  void frozenHoldingsAreTaggedSoHoldersCannotClaimThem() {
    UtxoToken token = new AssetTokenObserver().onCommit(context(holding(true)));

    assertThat(token.getFilterFields().getTag())
        .matches(TokenPools.ONLY_FROZEN)
        .doesNotMatch(TokenPools.ONLY_FREE);
  }

  @Test
  void cashEntersItsCurrencyPoolInMinorUnits() {
    CashTokenState cash =
        new CashTokenState(
            "cash-eur", "EUR", BANK, corda.key(BANK), ALICE, corda.key(ALICE), 12_345);
    UtxoToken token = new CashTokenObserver().onCommit(context(cash));

    assertThat(token.getPoolKey().getTokenType()).isEqualTo(TokenPools.CASH_TOKEN_TYPE);
    assertThat(token.getPoolKey().getIssuerHash())
        .isEqualTo(TokenPools.partyHash(corda.digests, BANK));
    assertThat(token.getPoolKey().getSymbol()).isEqualTo("EUR");
    assertThat(token.getAmount()).isEqualByComparingTo(BigDecimal.valueOf(12_345));
  }

  @Test
  void observersDeclareTheirStateTypes() {
    assertThat(new AssetTokenObserver().getStateType()).isEqualTo(AssetTokenState.class);
    assertThat(new CashTokenObserver().getStateType()).isEqualTo(CashTokenState.class);
  }

  @Test
  void deduplicationIdsAreDeterministicAndShort() {
    String shortId = TokenClaims.deduplicationId("asset-42.transfer.7", "transfer");
    assertThat(shortId)
        .isEqualTo(TokenClaims.deduplicationId("asset-42.transfer.7", "transfer"))
        .isNotEqualTo(TokenClaims.deduplicationId("asset-42.transfer.8", "transfer"))
        .isNotEqualTo(TokenClaims.deduplicationId("asset-42.transfer.7", "redeem"));

    String longRequest = "x".repeat(200);
    String longId = TokenClaims.deduplicationId(longRequest, "dvp-cash");
    assertThat(longId).hasSizeLessThanOrEqualTo(TokenClaims.MAX_DEDUPLICATION_ID);
    assertThat(longId).isEqualTo(TokenClaims.deduplicationId(longRequest, "dvp-cash"));
    assertThat(longId).isNotEqualTo(TokenClaims.deduplicationId("x".repeat(199) + "y", "dvp-cash"));
  }
}
