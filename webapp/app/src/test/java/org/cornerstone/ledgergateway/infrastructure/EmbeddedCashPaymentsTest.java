package org.cornerstone.ledgergateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.util.List;
import net.corda.v5.base.types.MemberX500Name;
import org.cornerstone.cordapp.cash.CashTokenContract;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.plan.PlanInput;
import org.cornerstone.cordapp.plan.PlanParty;
import org.cornerstone.cordapp.plan.PlanRules;
import org.cornerstone.cordapp.plan.TransactionPlan;
import org.cornerstone.ledgergateway.CashPayment;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;
import org.junit.jupiter.api.Test;

class EmbeddedCashPaymentsTest {
  static PlanParty party(String name) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    return new PlanParty(
        MemberX500Name.parse("CN=" + name + ", O=" + name + ", L=Shanghai, C=CN"),
        generator.generateKeyPair().getPublic());
  }

  static CashTokenState cash(PlanParty bank, PlanParty holder, long minor) {
    return new CashTokenState(
        "CASH-CNY", "CNY", bank.name(), bank.key(), holder.name(), holder.key(), minor);
  }

  static CashPayment payment(PlanParty payer, PlanParty payee, long minor) {
    return new CashPayment(
        RequestKey.of("trade-9.fee"),
        "CASH-CNY",
        PartyName.of("CN=Bank, O=Bank, L=Shanghai, C=CN"),
        PartyName.of(payer.name().toString()),
        PartyName.of(payee.name().toString()),
        MoneyAmount.of(minor, "CNY"));
  }

  @Test
  void theFeeGoesToThePayeeAndTheChangeBackToThePayerBalanced() throws Exception {
    PlanParty bank = party("Bank");
    PlanParty jade = party("Jade");
    PlanParty trust = party("Trust");
    // the CorDapp's CashPaymentPlan, the transaction PayCashFlow builds on Corda
    TransactionPlan<String> plan =
        EmbeddedCashPayments.plan(
            List.of(
                new PlanInput<>("a", cash(bank, jade, 10)),
                new PlanInput<>("b", cash(bank, jade, 20))),
            payment(jade, trust, 15),
            jade,
            trust);
    List<CashTokenState> out = plan.outputs(CashTokenState.class);
    assertThat(out).hasSize(2);
    assertThat(out.get(0).getHolder()).isEqualTo(trust.name());
    assertThat(out.get(0).getAmount()).isEqualTo(15);
    assertThat(out.get(1).getHolder()).isEqualTo(jade.name());
    assertThat(out.get(1).getAmount()).isEqualTo(15); // 30 in, 15 paid, 15 back
    assertThat(plan.inputs()).containsExactly("a", "b");
    assertThat(plan.commands()).singleElement().isInstanceOf(CashTokenContract.Commands.Move.class);
    assertThat(plan.signatories()).containsExactly(jade.key());
  }

  @Test
  void cashThatDoesNotCoverTheFeeIsRefused() throws Exception {
    PlanParty bank = party("Bank");
    PlanParty jade = party("Jade");
    PlanParty trust = party("Trust");
    assertThatThrownBy(
            () ->
                EmbeddedCashPayments.plan(
                    List.of(new PlanInput<>("a", cash(bank, jade, 10))),
                    payment(jade, trust, 15),
                    jade,
                    trust))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(PlanRules.INSUFFICIENT_CASH + "CASH-CNY");
  }
}
