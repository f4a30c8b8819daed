package org.cornerstone.cordapp.common;

import java.util.Objects;

/**
 * Base of commands that record why the registrar acted (court order, lost keys, sanctions). The
 * reason travels inside the signed transaction, so it is part of the permanent record.
 */
public abstract class ReasonedCommand {

  private final String reason;

  protected ReasonedCommand(String reason) {
    this.reason = reason;
  }

  public final String getReason() {
    return reason;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && Objects.equals(reason, ((ReasonedCommand) other).reason);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(getClass().getName(), reason);
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName() + "{reason=" + reason + "}";
  }
}
