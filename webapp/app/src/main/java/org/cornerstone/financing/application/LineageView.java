package org.cornerstone.financing.application;

import java.util.List;

/**
 * A certificate's lineage: the tree from its first holder to every organisation it passed to (from
 * the recorded hops), each organisation's current holding by the hops and by the ledger, and
 * whether they agree. Amounts in minor units.
 *
 * @param agrees every holding by the hops equals the ledger's
 */
public record LineageView(
    CertificateView certificate,
    List<Node> nodes,
    List<Holder> holders,
    boolean agrees,
    List<HopView> hops) {

  /**
   * One node of the tree, depth first.
   *
   * @param parentOrganisation null for the root
   * @param receivedMinor what it received from its parent (the face value for the root)
   */
  public record Node(
      String organisation,
      String organisationName,
      String parentOrganisation,
      int depth,
      long receivedMinor) {}

  /**
   * An organisation's current holding, by the hops and by the ledger (frozen part included).
   *
   * @param redeemedMinor what was redeemed at maturity (paid by the obligor)
   */
  public record Holder(
      String organisation,
      String organisationName,
      long byHopsMinor,
      long onLedgerMinor,
      long frozenMinor,
      long redeemedMinor) {
    public boolean agrees() {
      return byHopsMinor == onLedgerMinor;
    }
  }
}
