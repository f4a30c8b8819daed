package org.cornerstone.cordapp.flows.testing;

import static org.cornerstone.cordapp.flows.testing.Names.ISSUER;
import static org.cornerstone.cordapp.flows.testing.Names.REGISTRAR;

import net.corda.v5.base.types.MemberX500Name;
import org.cornerstone.cordapp.token.AssetTokenState;

/** The instrument the flow tests trade: asset-42, issued by ISSUER, registered by REGISTRAR. */
public final class Fixtures {

  public static final String ASSET_ID = "asset-42";

  /** The instrument of asset-42's tokens: the asset id, as issued when the request names none. */
  public static final String INSTRUMENT_ID = ASSET_ID;

  /** The settlement bank's EUR cash instrument. */
  public static final String CASH_INSTRUMENT_ID = "cash-eur";

  private Fixtures() {}

  /** A node of {@code me} on which every one of {@code others} is an active member. */
  public static FlowTestSupport node(MemberX500Name me, MemberX500Name... others) {
    FlowTestSupport node = new FlowTestSupport(me);
    for (MemberX500Name name : others) {
      if (!name.equals(me)) {
        node.member(name, true);
      }
    }
    return node;
  }

  /** An unfrozen holding of asset-42, with the keys {@code node} knows. */
  public static AssetTokenState token(FlowTestSupport node, MemberX500Name holder, long quantity) {
    return token(node, holder, quantity, false);
  }

  /** A holding of asset-42, with the keys {@code node} knows. */
  public static AssetTokenState token(
      FlowTestSupport node, MemberX500Name holder, long quantity, boolean frozen) {
    return new AssetTokenState(
        INSTRUMENT_ID,
        ISSUER,
        node.key(ISSUER),
        holder,
        node.key(holder),
        REGISTRAR,
        node.key(REGISTRAR),
        quantity,
        frozen);
  }
}
