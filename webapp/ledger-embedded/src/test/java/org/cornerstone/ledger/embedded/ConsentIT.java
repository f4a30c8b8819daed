package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.corda.v5.ledger.utxo.StateAndRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signing by consent (ADR 0019): the ledger signs for a party only when the draft names that
 * party's consent, records the consents with the transaction, and its audit reports a signature
 * whose consent is missing or edited.
 */
class ConsentIT {

  private LedgerFixture f;

  @BeforeEach
  void ledger() {
    f = new LedgerFixture();
  }

  @Test
  void aTransferWithoutTheSellersConsentIsRefusedNamingTheSellerAndWritesNothing() {
    StateAndRef<TestTokenState> token =
        f.issue("c-1.issue", "c-1", f.alice, 100).outputs(TestTokenState.class).get(0);
    long transactions = f.rows("ledger_transaction");
    TransactionDraft withoutConsent =
        TransactionDraft.builder()
            .input(token.getRef())
            .output(token.getState().getContractState().withHolder(f.bob.publicKey(), 100))
            .command(new TestTokenContract.Move())
            .signatory(f.alice.publicKey())
            .build();

    assertThatThrownBy(() -> f.ledger.submit("c-1.move", withoutConsent))
        .isInstanceOf(LedgerException.class)
        .hasMessage(LedgerException.NO_CONSENT + ": " + LedgerFixture.ALICE);
    // The buyer's consent is not the seller's.
    assertThatThrownBy(
            () ->
                f.ledger.submit(
                    "c-1.move",
                    withoutConsent.withConsents(
                        Consent.of(f.bob.publicKey(), Consent.Kind.ORDER, "trade-1"))))
        .hasMessage(LedgerException.CONSENT_OF_NON_SIGNER + ": " + LedgerFixture.BOB);
    assertThat(f.rows("ledger_transaction")).isEqualTo(transactions);
    assertThat(f.rows("transaction_signature")).isEqualTo(transactions * 2);
    assertThat(f.ledger.transactionByRequestKey("c-1.move")).isEmpty();
    assertThat(f.ledger.isUnconsumed(token.getRef())).isTrue();

    LedgerTransaction moved =
        f.ledger.submit(
            "c-1.move",
            withoutConsent.withConsents(
                Consent.of(f.alice.publicKey(), Consent.Kind.ORDER, "trade-1")));
    assertThat(f.ledger.consentsOf(moved.id()))
        .containsExactly(Consent.of(f.alice.publicKey(), Consent.Kind.ORDER, "trade-1"));
    assertThat(f.ledger.verifyLedger()).isEmpty();
  }

  @Test
  void everyConsentIsRecordedWithItsTransactionAndTheNotaryNeedsNone() {
    LedgerTransaction issued = f.issue("c-2.issue", "c-2", f.alice, 10);

    assertThat(f.ledger.consentsOf(issued.id()))
        .containsExactly(Consent.of(f.bank.publicKey(), Consent.Kind.APPROVAL, "c-2.issue"));
    assertThat(issued.signatures()).hasSize(2); // the bank's and the notary's
    assertThat(f.rows("transaction_consent")).isEqualTo(1);
    assertThat(f.ledger.verifyLedger()).isEmpty();
  }

  @Test
  void anEditedConsentIsReported() {
    LedgerTransaction issued = f.issue("c-3.issue", "c-3", f.alice, 10);

    sql(
        "update ledger.transaction_consent set reference = 'someone-else' where transaction_id = '"
            + issued.id()
            + "'");

    assertThat(f.ledger.verifyLedger())
        .singleElement()
        .satisfies(
            report -> {
              assertThat(report.transactionId()).isEqualTo(issued.id().toString());
              assertThat(report.problems())
                  .containsExactly(
                      AuditReport.BAD_CONSENT
                          + ": "
                          + LedgerFixture.BANK
                          + " APPROVAL someone-else");
            });
  }

  @Test
  void aRemovedConsentLeavesASignatureWithoutConsent() {
    LedgerTransaction issued = f.issue("c-4.issue", "c-4", f.alice, 10);
    f.issue("c-5.issue", "c-5", f.bob, 10);

    sql("delete from ledger.transaction_consent where transaction_id = '" + issued.id() + "'");

    assertThat(f.ledger.verifyLedger())
        .singleElement()
        .satisfies(
            report -> {
              assertThat(report.transactionId()).isEqualTo(issued.id().toString());
              assertThat(report.problems())
                  .containsExactly(
                      AuditReport.SIGNATURE_WITHOUT_CONSENT + ": " + LedgerFixture.BANK);
            });
  }

  @Test
  void aConsentMovedToAPartyThatDidNotSignIsReported() {
    LedgerTransaction issued = f.issue("c-6.issue", "c-6", f.alice, 10);

    sql(
        "update ledger.transaction_consent set party_key = (select public_key from ledger.party"
            + " where name = '"
            + LedgerFixture.ALICE
            + "') where transaction_id = '"
            + issued.id()
            + "'");

    assertThat(f.ledger.verifyLedger())
        .singleElement()
        .satisfies(
            report ->
                assertThat(report.problems())
                    .contains(
                        AuditReport.CONSENT_WITHOUT_SIGNATURE + ": " + LedgerFixture.ALICE,
                        AuditReport.SIGNATURE_WITHOUT_CONSENT + ": " + LedgerFixture.BANK)
                    .anyMatch(p -> p.startsWith(AuditReport.BAD_CONSENT)));
  }

  @Test
  void transactionsCommittedBeforeConsentsWereRecordedAreNotAskedForThem() {
    LedgerTransaction before = f.issue("c-7.issue", "c-7", f.alice, 10);
    // As V6 leaves a ledger that had transactions: consents required after the last of them.
    sql("delete from ledger.transaction_consent");
    sql(
        "update ledger.consent_rule set required_after = (select max(seq) from ledger.ledger_transaction)");
    LedgerTransaction after = f.issue("c-8.issue", "c-8", f.bob, 10);
    assertThat(f.ledger.verifyLedger()).isEmpty();

    sql("delete from ledger.transaction_consent where transaction_id = '" + after.id() + "'");
    assertThat(f.ledger.verifyLedger())
        .extracting(AuditReport::transactionId)
        .containsExactly(after.id().toString())
        .doesNotContain(before.id().toString());
  }

  private void sql(String statement) {
    TestDatabase.execute(f.dataSource, statement);
  }
}
