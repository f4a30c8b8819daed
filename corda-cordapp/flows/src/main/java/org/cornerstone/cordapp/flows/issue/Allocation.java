package org.cornerstone.cordapp.flows.issue;

/** Part of an issuance: {@code quantity} whole tokens to {@code holder} (an X500 name). */
public final class Allocation {

  private String holder;
  private long quantity;

  /** For Corda's JSON marshalling service, which has no parameter-names module. */
  public Allocation() {}

  public Allocation(String holder, long quantity) {
    this.holder = holder;
    this.quantity = quantity;
  }

  public String getHolder() {
    return holder;
  }

  public long getQuantity() {
    return quantity;
  }
}
