package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import net.corda.v5.ledger.utxo.StateAndRef;
import org.junit.jupiter.api.Test;

class LedgerAuditIT {

  @Test
  void verifyLedgerReportsExactlyTheTamperedTransactions() {
    LedgerFixture f = new LedgerFixture();
    StateAndRef<TestTokenState> token =
        f.issue("asset-400.issue", "asset-400", f.alice, 3).outputs(TestTokenState.class).get(0);
    LedgerTransaction moved =
        f.ledger.submit(
            "asset-400.move",
            f.moveAll(token.getRef(), token.getState().getContractState(), f.alice, f.bob));
    LedgerTransaction edited = f.issue("asset-401.issue", "asset-401", f.alice, 1);
    assertThat(f.ledger.verifyLedger()).isEmpty();

    TestDatabase.execute(
        f.dataSource,
        "update ledger.state set instrument_id = 'asset-999' where transaction_id = '"
            + edited.id()
            + "'");

    assertThat(f.ledger.verifyLedger())
        .extracting(AuditReport::transactionId)
        .containsExactly(edited.id().toString())
        .doesNotContain(moved.id().toString());
  }
}
