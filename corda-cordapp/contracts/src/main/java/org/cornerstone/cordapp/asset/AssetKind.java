package org.cornerstone.cordapp.asset;

import net.corda.v5.base.annotations.CordaSerializable;

/** What kind of underlying an {@link AssetState} tokenizes. */
@CordaSerializable
public enum AssetKind {
  REAL_ESTATE,
  COPYRIGHT,
  /** A supplier's receivable on a core enterprise, behind a payable certificate (issue 22). */
  RECEIVABLE,
  /** A securitization tranche issued by a deal's SPV (issue 14, ADR 0026). */
  TRANCHE
}
