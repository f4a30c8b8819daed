package org.cornerstone.cordapp.asset;

import net.corda.v5.base.annotations.CordaSerializable;

/**
 * Ledger status of an underlying, changed only by trustee-signed updates. Tokens can be issued only
 * against an {@link #ACTIVE} asset; {@link #RETIRED} is final.
 */
@CordaSerializable
public enum AssetStatus {
  ACTIVE,
  SUSPENDED,
  RETIRED
}
