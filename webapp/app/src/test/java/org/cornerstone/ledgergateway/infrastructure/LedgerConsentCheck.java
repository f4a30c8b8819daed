package org.cornerstone.ledgergateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.PublicKey;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.cornerstone.ledger.embedded.Consent;
import org.cornerstone.ledger.embedded.LedgerTransaction;
import org.cornerstone.ledger.embedded.TransactionSignature;

/**
 * Checks, after a suite of gateway operations, that the ledger signed for every party on a recorded
 * consent under the operation's request key (ADR 0019) and that the ledger verifies.
 */
final class LedgerConsentCheck {

  private LedgerConsentCheck() {}

  /** The kinds of consent recorded, after checking every transaction. */
  static Set<Consent.Kind> everySignatureHasItsConsent(
      DataSource dataSource, EmbeddedLedgerAccess access) throws SQLException {
    List<String> requestKeys = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet row =
            s.executeQuery("select request_key from ledger.ledger_transaction order by seq")) {
      while (row.next()) {
        requestKeys.add(row.getString(1));
      }
    }
    assertThat(requestKeys).isNotEmpty();
    PublicKey notary = access.ledger().notary().publicKey();
    Set<Consent.Kind> kinds = EnumSet.noneOf(Consent.Kind.class);
    for (String key : requestKeys) {
      LedgerTransaction tx = access.ledger().transactionByRequestKey(key).orElseThrow();
      List<Consent> consents = access.ledger().consentsOf(tx.id());
      List<PublicKey> signers =
          tx.signatures().stream()
              .map(TransactionSignature::by)
              .filter(by -> !by.equals(notary))
              .toList();
      assertThat(consents.stream().map(Consent::party).distinct().toList())
          .as("the parties consenting to %s", key)
          .containsExactlyInAnyOrderElementsOf(signers);
      assertThat(consents).extracting(Consent::reference).as(key).containsOnly(key);
      consents.forEach(c -> kinds.add(c.kind()));
    }
    assertThat(access.ledger().verifyLedger()).isEmpty();
    return kinds;
  }
}
