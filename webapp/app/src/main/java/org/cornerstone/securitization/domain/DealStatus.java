package org.cornerstone.securitization.domain;

/** Where a deal stands. */
public enum DealStatus {
  /** Being structured by the arranger: pool and structure may change. */
  DRAFT,
  /** Submitted: legal review and trustee approval (four eyes) under way; nothing may change. */
  SUBMITTED,
  /** Approved by two different trustees; closing pending. */
  APPROVED,
  /** Closed: the pool belongs to the SPV, the tranches are issued. */
  CLOSED,
  /** Sent back by legal counsel or a trustee, with a reason; nothing moved. */
  REJECTED
}
