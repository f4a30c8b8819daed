package org.cornerstone.registry.domain;

/** What kind of thing an instrument is; holdings of every kind are kept the same way. */
public enum InstrumentKind {
  /** Tokens representing a share of one real-world asset (real estate, copyright). */
  ASSET_TOKEN,
  /** Tokenized cash in one currency, the payment leg of settlements. */
  CASH,
  /** A tranche of a securitisation pool, with its place in the waterfall. */
  TRANCHE,
  /** A certificate over receivables (e.g. royalties due). */
  RECEIVABLE_CERTIFICATE,
  /**
   * A payable certificate (数字债权凭证, issue 22): issued by a core enterprise for a confirmed payable;
   * one token per minor unit of face value, so a split is a transfer of part of it.
   */
  PAYABLE_CERTIFICATE
}
