package org.cornerstone.securitization.domain;

/**
 * A tranche's class by seniority (优先级/夹层/次级): senior tranches are paid first and are open to
 * eligible investors; mezzanine and equity (subordinated) only to qualified investors.
 */
public enum TrancheClass {
  SENIOR,
  MEZZANINE,
  EQUITY
}
