package org.cornerstone.cordapp.flows.transfer;

import net.corda.v5.base.annotations.CordaSerializable;
import net.corda.v5.base.types.MemberX500Name;

/**
 * The move the initiator asks its counterparties to sign or store: {@code quantity} of {@code
 * assetId} from {@code sender} to {@code receiver}. {@code reason} is set only for a forced
 * transfer.
 */
@CordaSerializable
public final class TransferTerms {

  private final String assetId;
  private final MemberX500Name issuer;
  private final MemberX500Name sender;
  private final MemberX500Name receiver;
  private final long quantity;
  private final String reason;

  public TransferTerms(
      String assetId,
      MemberX500Name issuer,
      MemberX500Name sender,
      MemberX500Name receiver,
      long quantity,
      String reason) {
    this.assetId = assetId;
    this.issuer = issuer;
    this.sender = sender;
    this.receiver = receiver;
    this.quantity = quantity;
    this.reason = reason;
  }

  public String getAssetId() {
    return assetId;
  }

  public MemberX500Name getIssuer() {
    return issuer;
  }

  public MemberX500Name getSender() {
    return sender;
  }

  public MemberX500Name getReceiver() {
    return receiver;
  }

  public long getQuantity() {
    return quantity;
  }

  public String getReason() {
    return reason;
  }
}
