package org.cornerstone.ledgergateway;

import static org.cornerstone.ledgergateway.Checks.present;
import static org.cornerstone.ledgergateway.Checks.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A payment in cash tokens from one payer to several payees in one ledger transaction (a batch of a
 * distribution): the payer's cash in, one output per payee and the change back to the payer.
 *
 * @param cashInstrumentId the cash instrument of the amounts' currency
 * @param settlementBank the bank that issued the cash
 */
public record CashBatchPayment(
    RequestKey requestKey,
    String cashInstrumentId,
    PartyName settlementBank,
    PartyName payer,
    List<Payee> payees) {
  public static final String NO_PAYEES = "A batch payment needs at least one payee.";
  public static final String DUPLICATE_PAYEE = "Each payee appears once in a batch payment.";

  /** One payee and what it receives. */
  public record Payee(PartyName party, MoneyAmount amount) {
    public Payee {
      present(party, "party");
      present(amount, "amount");
      Checks.positive(amount.minorUnits(), "amount");
    }
  }

  public CashBatchPayment {
    present(requestKey, "requestKey");
    text(cashInstrumentId, "cashInstrumentId");
    present(settlementBank, "settlementBank");
    present(payer, "payer");
    present(payees, "payees");
    payees = List.copyOf(payees);
    if (payees.isEmpty()) {
      throw new IllegalArgumentException(NO_PAYEES);
    }
    Set<PartyName> seen = new HashSet<>();
    String currency = payees.get(0).amount().currencyCode();
    for (Payee payee : payees) {
      if (payee.party().equals(payer)) {
        throw new IllegalArgumentException(CashPayment.PAYEE_IS_PAYER);
      }
      if (!seen.add(payee.party())) {
        throw new IllegalArgumentException(DUPLICATE_PAYEE);
      }
      if (!payee.amount().currencyCode().equals(currency)) {
        throw new IllegalArgumentException("A batch payment is in one currency.");
      }
    }
  }

  /** The sum paid to the payees. */
  public MoneyAmount total() {
    long sum = 0;
    for (Payee payee : payees) {
      sum = Math.addExact(sum, payee.amount().minorUnits());
    }
    return new MoneyAmount(sum, payees.get(0).amount().currency());
  }
}
