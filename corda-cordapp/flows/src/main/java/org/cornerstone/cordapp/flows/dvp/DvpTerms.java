package org.cornerstone.cordapp.flows.dvp;

import net.corda.v5.base.annotations.CordaSerializable;
import net.corda.v5.base.types.MemberX500Name;

/**
 * The trade both legs must match. The buyer claims its cash under a deduplication id derived from
 * {@code requestId}, so a retried settlement reuses the same claim.
 */
@CordaSerializable
public final class DvpTerms {

  private final String requestId;
  private final String instrumentId;
  private final MemberX500Name issuer;
  private final long quantity;
  private final MemberX500Name seller;
  private final MemberX500Name buyer;
  private final String cashInstrumentId;
  private final String currency;
  private final MemberX500Name settlementBank;
  private final long price;

  public DvpTerms(
      String requestId,
      String instrumentId,
      MemberX500Name issuer,
      long quantity,
      MemberX500Name seller,
      MemberX500Name buyer,
      String cashInstrumentId,
      String currency,
      MemberX500Name settlementBank,
      long price) {
    this.requestId = requestId;
    this.instrumentId = instrumentId;
    this.issuer = issuer;
    this.quantity = quantity;
    this.seller = seller;
    this.buyer = buyer;
    this.cashInstrumentId = cashInstrumentId;
    this.currency = currency;
    this.settlementBank = settlementBank;
    this.price = price;
  }

  public String getRequestId() {
    return requestId;
  }

  public String getInstrumentId() {
    return instrumentId;
  }

  public MemberX500Name getIssuer() {
    return issuer;
  }

  public long getQuantity() {
    return quantity;
  }

  public MemberX500Name getSeller() {
    return seller;
  }

  public MemberX500Name getBuyer() {
    return buyer;
  }

  /** The cash instrument the price is paid in (one currency from one settlement bank). */
  public String getCashInstrumentId() {
    return cashInstrumentId;
  }

  public String getCurrency() {
    return currency;
  }

  public MemberX500Name getSettlementBank() {
    return settlementBank;
  }

  public long getPrice() {
    return price;
  }
}
