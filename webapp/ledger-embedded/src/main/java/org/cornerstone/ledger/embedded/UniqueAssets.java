package org.cornerstone.ledger.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.cornerstone.cordapp.asset.AssetKind;
import org.cornerstone.cordapp.asset.AssetState;

/**
 * No invoice financed twice (issue 22, ADR 0021): the ledger records the asset id of every
 * RECEIVABLE {@link AssetState} a transaction creates (an output whose asset id no input asset
 * carries) in {@code ledger.unique_asset}, in the commit's database transaction. Its primary key
 * decides: a second creation with the same asset id — also a concurrent one, which waits for the
 * first commit — is refused with {@link #ALREADY_ISSUED} naming the transaction that holds the id,
 * and the whole commit rolls back. An {@code Update} of the asset (input and output with the same
 * id) is not a creation.
 */
final class UniqueAssets {

  /** Followed by the asset id and the existing transaction's id. */
  static final String ALREADY_ISSUED = "The ledger already recorded this receivable";

  private UniqueAssets() {}

  /** The asset ids {@code transaction} creates that must be unique on the ledger. */
  static Set<String> createdReceivables(VerifiableTransaction transaction) {
    Set<String> consumed = new LinkedHashSet<>();
    for (AssetState input : transaction.getInputStates(AssetState.class)) {
      consumed.add(input.getAssetId());
    }
    Set<String> created = new LinkedHashSet<>();
    for (AssetState output : transaction.getOutputStates(AssetState.class)) {
      if (output.getKind() == AssetKind.RECEIVABLE && !consumed.contains(output.getAssetId())) {
        if (!created.add(output.getAssetId())) {
          throw new LedgerException(
              ALREADY_ISSUED + ": asset " + output.getAssetId() + " twice in one transaction");
        }
      }
    }
    return created;
  }

  /**
   * Records the asset ids for transaction {@code id} (already written on {@code connection}).
   *
   * @throws LedgerException {@link #ALREADY_ISSUED} if another transaction holds one of them
   */
  static void record(Connection connection, LedgerHash id, Set<String> assetIds)
      throws SQLException {
    for (String assetId : assetIds) {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into ledger.unique_asset (asset_id, kind, transaction_id) values (?, ?, ?)"
                  + " on conflict do nothing")) {
        insert.setString(1, assetId);
        insert.setString(2, AssetKind.RECEIVABLE.name());
        insert.setString(3, id.toString());
        if (insert.executeUpdate() == 1) {
          continue;
        }
      }
      throw new LedgerException(
          ALREADY_ISSUED
              + ": asset "
              + assetId
              + " was issued by ledger transaction "
              + holder(connection, assetId));
    }
  }

  /** The transaction that holds {@code assetId}, or "unknown" (never expected). */
  static String holder(Connection connection, String assetId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select transaction_id from ledger.unique_asset where asset_id = ?")) {
      select.setString(1, assetId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getString(1) : "unknown";
      }
    }
  }
}
