package org.cornerstone.waterfall;

/** What a breached trigger does. */
public enum TriggerEffect {
  /** Principal is paid sequentially while the trigger is breached (pro-rata deals). */
  SEQUENTIAL_PRINCIPAL,
  /** The deal is accelerated (for good, even if the test later passes). */
  ACCELERATE,
  /** Reported as a flag each period: the app restricts transfers of the junior tranches. */
  RESTRICT_JUNIOR_TRANSFERS
}
