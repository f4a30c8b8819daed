package org.cornerstone.ledger.embedded;

import java.sql.SQLException;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;

/**
 * The registrar's check before it signs: called by the commit pipeline for every transaction, after
 * its contracts verified it and before any signature is made, inside the commit's database
 * transaction. A policy that refuses throws {@link RegistrarRefusedException}: nothing is signed
 * and nothing is written.
 *
 * <p>A policy that counts or sums holdings (maximum holders, maximum holding) first calls {@link
 * Register#lockInstrument}: the lock is held until the commit ends, so two transfers of one
 * instrument are checked one after the other and the second sees the first's outcome.
 */
@FunctionalInterface
public interface RegistrarPolicy {

  /** Signs everything the contracts accept. */
  RegistrarPolicy NONE = (transaction, register) -> {};

  /**
   * @param transaction the transaction as a Corda flow would see it (inputs resolved)
   * @param register the ledger's register in the commit's database transaction
   * @throws RegistrarRefusedException to refuse the transaction
   */
  void check(UtxoLedgerTransaction transaction, Register register) throws SQLException;
}
