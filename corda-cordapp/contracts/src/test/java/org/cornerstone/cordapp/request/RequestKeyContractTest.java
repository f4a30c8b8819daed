package org.cornerstone.cordapp.request;

import java.util.List;
import net.corda.v5.ledger.utxo.transaction.UtxoSignedTransaction;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionBuilder;
import org.cornerstone.cordapp.cash.CashTokenContract;
import org.cornerstone.cordapp.testing.CornerstoneContractTest;
import org.junit.jupiter.api.Test;

/** {@link RequestKeyContract}: a valid case, then one per rule, on a cash issue by the bank. */
class RequestKeyContractTest extends CornerstoneContractTest {

  private RequestKeyState key(String requestId) {
    return new RequestKeyState(requestId, bank, bankKey);
  }

  /** The bank issues cash to the buyer and records {@code keys}. */
  private UtxoTransactionBuilder cashIssue(RequestKeyState... keys) {
    return transaction()
        .addOutputState(cash(buyer, buyerKey, 100_00))
        .addOutputStates(List.of(keys))
        .addCommand(new CashTokenContract.Commands.Issue());
  }

  /** The transaction's only command is the cash contract's; the request key contract runs too. */
  @Test
  void aRequestKeySignedByItsPartyVerifies() {
    assertVerifies(cashIssue(key("deposit-7.issue")).addSignatories(bankKey).toSignedTransaction());
  }

  @Test
  void thePartyMustSign() {
    UtxoSignedTransaction tx =
        transaction()
            .addOutputState(cash(buyer, buyerKey, 100_00))
            .addOutputState(new RequestKeyState("deposit-7.issue", buyer, buyerKey))
            .addCommand(new CashTokenContract.Commands.Issue())
            .addSignatories(bankKey)
            .toSignedTransaction();
    assertFailsWith(tx, RequestKeyContract.PARTY_MUST_SIGN);
  }

  @Test
  void atMostOneRequestKeyPerTransaction() {
    assertFailsWith(
        cashIssue(key("deposit-7.issue"), key("deposit-8.issue"))
            .addSignatories(bankKey)
            .toSignedTransaction(),
        RequestKeyContract.ONE_REQUEST_KEY);
  }

  @Test
  void aBlankRequestIdFails() {
    assertFailsWith(
        cashIssue(key(" ")).addSignatories(bankKey).toSignedTransaction(),
        RequestKeyContract.REQUEST_ID_REQUIRED);
  }

  @Test
  void anOverlongRequestIdFails() {
    assertFailsWith(
        cashIssue(key("k".repeat(RequestKeyContract.MAX_REQUEST_ID_LENGTH + 1)))
            .addSignatories(bankKey)
            .toSignedTransaction(),
        RequestKeyContract.REQUEST_ID_REQUIRED);
  }

  @Test
  void aRecordedRequestKeyIsNeverConsumed() {
    UtxoSignedTransaction tx =
        transaction()
            .addInputState(recorded(key("deposit-7.issue")))
            .addOutputState(cash(buyer, buyerKey, 100_00))
            .addCommand(new CashTokenContract.Commands.Issue())
            .addSignatories(bankKey)
            .toSignedTransaction();
    assertFailsWith(tx, RequestKeyContract.NOT_CONSUMED);
  }
}
