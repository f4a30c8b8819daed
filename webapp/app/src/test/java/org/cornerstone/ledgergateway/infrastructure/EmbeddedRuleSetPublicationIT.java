package org.cornerstone.ledgergateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cornerstone.ledgergateway.infrastructure.EmbeddedLedgerGatewayIT.REGISTRAR;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.cornerstone.cordapp.rules.TransferRuleSetState;
import org.cornerstone.ledger.embedded.LedgerStateAndRef;
import org.cornerstone.ledger.embedded.Page;
import org.cornerstone.ledger.embedded.StateQuery;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.ledgergateway.RuleSetPublished;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded ledger records an instrument's rule set as the CorDapp's {@link
 * TransferRuleSetState}, versioned as {@code PublishTransferRulesFlow} versions it (same plan),
 * once per request key (PostgreSQL at {@code CORNERSTONE_TEST_DB_URL}, as {@link
 * EmbeddedLedgerGatewayIT}).
 */
class EmbeddedRuleSetPublicationIT {

  private static EmbeddedRuleSetPublication publication;

  @BeforeAll
  static void ledger() throws SQLException {
    EmbeddedLedgerGatewayIT.ledger();
    publication = new EmbeddedRuleSetPublication(EmbeddedLedgerGatewayIT.access);
  }

  private static RuleSetPublished rules(String key, int version, int maxHolders) {
    return new RuleSetPublished(
        RequestKey.of(key),
        "RULES-1",
        REGISTRAR,
        version,
        false,
        Instant.parse("2027-01-01T00:00:00Z"),
        List.of("CN", "HK"),
        List.of(),
        maxHolders,
        0,
        0,
        0,
        List.of("QUALIFIED"));
  }

  private static List<TransferRuleSetState> unconsumed() {
    return EmbeddedLedgerGatewayIT.access
        .ledger()
        .unconsumedStates(
            TransferRuleSetState.class, StateQuery.ofInstrument("RULES-1"), Page.first(100))
        .stream()
        .map(LedgerStateAndRef::getContractState)
        .toList();
  }

  @Test
  void versionsAreRecordedOncePerRequestKeyAndARepeatRecordsNothing() {
    LedgerReceipt v1 = publication.publish(rules("rules-RULES-1-v1.publish", 1, 200));
    assertThat(unconsumed())
        .singleElement()
        .satisfies(s -> assertThat(s.getVersion()).isEqualTo(1));
    assertThat(unconsumed().get(0).getMaxHolders()).isEqualTo(200);
    assertThat(unconsumed().get(0).getLockedUntil()).isEqualTo("2027-01-01T00:00:00Z");

    // a retried step: the same transaction, nothing new
    assertThat(publication.publish(rules("rules-RULES-1-v1.publish", 1, 200))).isEqualTo(v1);

    LedgerReceipt v2 = publication.publish(rules("rules-change-1.publish", 2, 100));
    assertThat(v2.transactionId()).isNotEqualTo(v1.transactionId());
    assertThat(unconsumed())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.getVersion()).isEqualTo(2);
              assertThat(s.getMaxHolders()).isEqualTo(100);
            });

    // the rules in force again under another key: the transaction that recorded them
    assertThat(publication.publish(rules("rules-change-2.publish", 3, 100))).isEqualTo(v2);
    assertThat(unconsumed())
        .singleElement()
        .satisfies(s -> assertThat(s.getVersion()).isEqualTo(2));
  }
}
