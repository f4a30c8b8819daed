package org.cornerstone.cordapp.flows.transfer;

import net.corda.v5.base.annotations.CordaSerializable;
import net.corda.v5.base.types.MemberX500Name;

/**
 * The move the initiator asks its counterparties to sign or store: {@code quantity} of {@code
 * instrumentId} from {@code sender} to {@code receiver}. {@code reason} is set only for a forced
 * transfer.
 */
@CordaSerializable
public final class TransferTerms {

  private final String instrumentId;
  private final MemberX500Name issuer;
  private final MemberX500Name sender;
  private final MemberX500Name receiver;
  private final long quantity;
  private final String reason;

  public TransferTerms(
      String instrumentId,
      MemberX500Name issuer,
      MemberX500Name sender,
      MemberX500Name receiver,
      long quantity,
      String reason) {
    this.instrumentId = instrumentId;
    this.issuer = issuer;
    this.sender = sender;
    this.receiver = receiver;
    this.quantity = quantity;
    this.reason = reason;
  }

  public String getInstrumentId() {
    return instrumentId;
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
