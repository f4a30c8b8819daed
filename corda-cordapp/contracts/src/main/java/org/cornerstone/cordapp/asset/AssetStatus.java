package org.cornerstone.cordapp.asset;

/**
 * Ledger status of an underlying, changed only by trustee-signed updates. Tokens can be issued only
 * against an {@link #ACTIVE} asset; {@link #RETIRED} is final.
 */
public enum AssetStatus {
  ACTIVE,
  SUSPENDED,
  RETIRED
}
