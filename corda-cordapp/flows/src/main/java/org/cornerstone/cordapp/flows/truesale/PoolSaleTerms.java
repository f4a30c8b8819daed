package org.cornerstone.cordapp.flows.truesale;

import java.util.List;
import net.corda.v5.base.annotations.CordaSerializable;
import net.corda.v5.base.types.MemberX500Name;
import org.cornerstone.cordapp.flows.transfer.TransferTerms;

/**
 * The sale the seller asks its counterparties (the SPV, the registrar, the issuers) to sign or
 * store: each leg a move of {@code quantity} of an instrument from the seller to the SPV.
 */
@CordaSerializable
public final class PoolSaleTerms {

  private final MemberX500Name seller;
  private final MemberX500Name buyer;
  private final List<TransferTerms> legs;

  public PoolSaleTerms(MemberX500Name seller, MemberX500Name buyer, List<TransferTerms> legs) {
    this.seller = seller;
    this.buyer = buyer;
    this.legs = List.copyOf(legs);
  }

  public MemberX500Name getSeller() {
    return seller;
  }

  public MemberX500Name getBuyer() {
    return buyer;
  }

  public List<TransferTerms> getLegs() {
    return legs;
  }
}
