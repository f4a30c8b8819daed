package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import net.corda.v5.ledger.utxo.StateRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HistoryIT {

  private static LedgerFixture f;

  @BeforeAll
  static void ledger() {
    f = new LedgerFixture();
  }

  @Test
  void theHistoryOfAHoldersPositionListsEveryTransactionThatTouchedItNewestFirstAndPaged() {
    LedgerTransaction issue = f.issue("asset-500.issue", "asset-500", f.alice, 100);
    f.issue("asset-501.issue", "asset-501", f.alice, 100); // another asset: not in the history
    LedgerTransaction toBob =
        Transfers.transfer(
            f.ledger, "asset-500.t1", "asset-500", f.alice.publicKey(), f.bob.publicKey(), 30);
    LedgerTransaction bobBack =
        Transfers.transfer(
            f.ledger, "asset-500.t2", "asset-500", f.bob.publicKey(), f.alice.publicKey(), 10);
    LedgerTransaction bobOnly =
        Transfers.transfer(
            f.ledger, "asset-500.t3", "asset-500", f.bob.publicKey(), f.bank.publicKey(), 5);

    assertThat(ids(f.ledger.historyOf("asset-500", f.alice.publicKey(), Page.first(10))))
        .containsExactly(bobBack.id(), toBob.id(), issue.id());
    assertThat(ids(f.ledger.historyOf("asset-500", f.bob.publicKey(), Page.first(10))))
        .containsExactly(bobOnly.id(), bobBack.id(), toBob.id());
    assertThat(ids(f.ledger.historyOf("asset-500", f.alice.publicKey(), new Page(1, 1))))
        .containsExactly(toBob.id());
    assertThat(f.ledger.historyOf("asset-500", f.alice.publicKey(), new Page(3, 10))).isEmpty();
    assertThat(f.ledger.historyOf("asset-999", f.alice.publicKey(), Page.first(10))).isEmpty();
    assertThat(f.ledger.historyOf("asset-500", f.alice.publicKey(), Page.first(10)))
        .allSatisfy(
            t -> {
              assertThat(t.signatures()).hasSize(2);
              assertThat(t.signatures()).allMatch(s -> s.isValidFor(t.id()));
            });
  }

  @Test
  void theHistoryOfAHoldingFollowsItsInputsBackToTheIssueAndIncludesItsSpender() {
    LedgerTransaction issue = f.issue("asset-502.issue", "asset-502", f.alice, 50);
    LedgerTransaction other = f.issue("asset-502.other", "asset-502", f.bob, 50);
    LedgerTransaction first =
        Transfers.transfer(
            f.ledger, "asset-502.t1", "asset-502", f.alice.publicKey(), f.bob.publicKey(), 20);
    // bob now holds 50 (other issue) + 20: a transfer of 60 merges both lineages
    LedgerTransaction merge =
        Transfers.transfer(
            f.ledger, "asset-502.t2", "asset-502", f.bob.publicKey(), f.alice.publicKey(), 60);
    LedgerTransaction spend =
        Transfers.transfer(
            f.ledger, "asset-502.t3", "asset-502", f.alice.publicKey(), f.bank.publicKey(), 1);
    StateRef aliceChange = new StateRef(first.id(), 1); // alice's change of 30 from t1

    // the merge spent bob's 50 (other issue) and his 20 from t1; the spend claimed (and
    // consolidated) both of alice's holdings: her change from t1 and her 60 from the merge
    assertThat(ids(f.ledger.historyOf(new StateRef(merge.id(), 0), Page.first(10))))
        .containsExactly(spend.id(), merge.id(), first.id(), other.id(), issue.id());
    assertThat(ids(f.ledger.historyOf(new StateRef(merge.id(), 0), new Page(1, 2))))
        .containsExactly(merge.id(), first.id());
    assertThat(ids(f.ledger.historyOf(new StateRef(issue.id(), 0), Page.first(10))))
        .containsExactly(first.id(), issue.id());
    assertThat(ids(f.ledger.historyOf(aliceChange, Page.first(10))))
        .containsExactly(spend.id(), first.id(), issue.id());
    assertThat(ids(f.ledger.historyOf(new StateRef(merge.id(), 1), Page.first(10))))
        .containsExactly(merge.id(), first.id(), other.id(), issue.id()); // bob's unspent change
    assertThat(f.ledger.historyOf(new StateRef(merge.id(), 9), Page.first(10))).isEmpty();
  }

  @Test
  void theHistoryQueryUsesTheHolderAndInstrumentIndex() throws Exception {
    String plan;
    try (Connection connection = f.dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("set enable_seqscan = off"); // tiny tables: make the planner show its index
      StringBuilder text = new StringBuilder();
      try (ResultSet row =
          statement.executeQuery(
              "explain select s.transaction_id from ledger.state s"
                  + " where s.holder_key = 'k' and s.instrument_id = 'a'")) {
        while (row.next()) {
          text.append(row.getString(1)).append('\n');
        }
      }
      plan = text.toString();
    }
    assertThat(plan).contains("state_by_holder_instrument");
  }

  private static List<LedgerHash> ids(List<LedgerTransaction> transactions) {
    List<LedgerHash> ids = new ArrayList<>();
    transactions.forEach(t -> ids.add(t.id()));
    return ids;
  }
}
