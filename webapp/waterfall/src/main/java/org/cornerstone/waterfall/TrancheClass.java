package org.cornerstone.waterfall;

/** Seniority class of a tranche; the deal lists tranches in this order, equity last. */
public enum TrancheClass {
  SENIOR,
  MEZZANINE,
  EQUITY
}
