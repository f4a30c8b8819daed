package org.cornerstone.cordapp.selection;

import java.nio.charset.StandardCharsets;
import net.corda.v5.application.crypto.DigestService;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.crypto.DigestAlgorithmName;
import net.corda.v5.crypto.SecureHash;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * How Cornerstone states appear in Corda's token cache. The observers and the flows must agree on
 * these values, so both take them from here.
 *
 * <ul>
 *   <li>pool key: token type (state class), issuer hash (SHA-256 of the issuer's X500 name), symbol
 *       (asset id, or ISO 4217 currency for cash);
 *   <li>owner hash: SHA-256 of the holder's X500 name. Issuer and registrar vaults also store other
 *       people's holdings, so every claim names its owner;
 *   <li>tag: {@link #FREE} or {@link #FROZEN}, so a holder never claims a frozen holding.
 * </ul>
 */
public final class TokenPools {

  public static final String ASSET_TOKEN_TYPE = AssetTokenState.class.getName();
  public static final String CASH_TOKEN_TYPE = CashTokenState.class.getName();

  /**
   * The pool of each instrument's holder gate: its rule set, one token of amount 1 owned by the
   * registrar ({@link RuleSetGateObserver}). The registrar's responder claims it before it signs a
   * transfer that adds a holder, so such transfers of one instrument are signed one at a time.
   */
  public static final String HOLDER_GATE_TYPE = "org.cornerstone.cordapp.rules.HolderGate";

  public static final String FREE = "free";
  public static final String FROZEN = "frozen";

  /** Tag regular expressions for claims. */
  public static final String ONLY_FREE = "^" + FREE + "$";

  public static final String ONLY_FROZEN = "^" + FROZEN + "$";

  private TokenPools() {}

  /** The hash that identifies a party (issuer or owner) in the token cache. */
  @Suspendable
  public static SecureHash partyHash(DigestService digests, MemberX500Name party) {
    return digests.hash(
        party.toString().getBytes(StandardCharsets.UTF_8), DigestAlgorithmName.SHA2_256);
  }

  public static String tag(boolean frozen) {
    return frozen ? FROZEN : FREE;
  }
}
