package org.cornerstone.cordapp.common;

/**
 * Base of field-less commands: two instances of the same command class are equal. Commands are
 * compared by the embedded ledger and by tests, so they need value equality.
 */
public abstract class SimpleCommand {

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass();
  }

  @Override
  public final int hashCode() {
    return getClass().getName().hashCode();
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName();
  }
}
