package org.cornerstone.cordapp.flows.redeem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.cordapp.flows.testing.FlowTestSupport.ledgerTx;
import static org.cornerstone.cordapp.flows.testing.Names.ALICE;
import static org.cornerstone.cordapp.flows.testing.Names.BOB;
import static org.cornerstone.cordapp.flows.testing.Names.ISSUER;
import static org.cornerstone.cordapp.flows.testing.Names.REGISTRAR;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;

import java.util.List;
import net.corda.v5.base.types.MemberX500Name;
import org.cornerstone.cordapp.flows.testing.Fixtures;
import org.cornerstone.cordapp.flows.testing.FlowTestSupport;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;
import org.junit.jupiter.api.Test;

class RedeemTokensFlowTest {

  private final FlowTestSupport corda = new FlowTestSupport(ALICE);

  RedeemTokensFlowTest() {
    corda.member(ISSUER, true);
    corda.member(REGISTRAR, true);
    corda.member(BOB, true);
  }

  private AssetTokenState token(MemberX500Name holder, long quantity) {
    return Fixtures.token(corda, holder, quantity);
  }

  @Test
  void consumesTheHoldingAndReturnsOnlyTheChange() {
    corda.claimable(token(ALICE, 50));

    String response =
        corda
            .inject(new RedeemTokensFlow())
            .call(
                corda.body(
                    new RedeemRequest(
                        "asset-42.redeem.1", "asset-42", ISSUER.toString(), 30, null)));

    verify(corda.builder).addOutputState(token(ALICE, 20));
    verify(corda.builder).addCommand(new AssetTokenContract.Commands.Redeem());
    verify(corda.builder).addSignatories(corda.key(ALICE), corda.key(ISSUER));
    verify(corda.session(ISSUER)).send(any(RedeemTerms.class));
    verify(corda.session(REGISTRAR)).send(any(RedeemTerms.class));
    assertThat(corda.parse(response))
        .containsEntry("redeemedQuantity", 30)
        .containsEntry("remainingQuantity", 20);
  }

  private final RedeemTerms terms = new RedeemTerms("asset-42", ISSUER, ALICE, 30);

  @Test
  void issuerAcceptsTheAnnouncedRedemption() {
    RedeemTokensResponderFlow.validate(
        ledgerTx(
            List.of(token(ALICE, 50)),
            List.of(token(ALICE, 20)),
            new AssetTokenContract.Commands.Redeem()),
        terms);
  }

  @Test
  void issuerRefusesAnotherQuantity() {
    assertThatThrownBy(
            () ->
                RedeemTokensResponderFlow.validate(
                    ledgerTx(
                        List.of(token(ALICE, 50)),
                        List.of(token(ALICE, 10)),
                        new AssetTokenContract.Commands.Redeem()),
                    terms))
        .hasMessage(RedeemTokensResponderFlow.QUANTITY_DIFFERS);
  }

  @Test
  void issuerRefusesToRedeemSomeoneElsesTokens() {
    assertThatThrownBy(
            () ->
                RedeemTokensResponderFlow.validate(
                    ledgerTx(
                        List.of(token(BOB, 30)),
                        List.of(),
                        new AssetTokenContract.Commands.Redeem()),
                    terms))
        .hasMessage(RedeemTokensResponderFlow.NOT_THE_HOLDERS_TOKENS);
  }

  @Test
  void issuerRefusesAMoveDisguisedAsRedemption() {
    assertThatThrownBy(
            () ->
                RedeemTokensResponderFlow.validate(
                    ledgerTx(
                        List.of(token(ALICE, 30)),
                        List.of(),
                        new AssetTokenContract.Commands.Move()),
                    terms))
        .hasMessage(RedeemTokensResponderFlow.NOT_A_REDEMPTION);
  }
}
