package org.cornerstone.cordapp.flows.selection;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import net.corda.v5.application.crypto.DigestService;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.StateRef;
import net.corda.v5.ledger.utxo.token.selection.ClaimedToken;
import net.corda.v5.ledger.utxo.token.selection.TokenClaim;
import net.corda.v5.ledger.utxo.token.selection.TokenClaimCriteria;
import net.corda.v5.ledger.utxo.token.selection.TokenSelection;
import org.cornerstone.cordapp.selection.TokenPools;

/**
 * Claims tokens through Corda's token selection. A claim locks the chosen states for this flow, so
 * two concurrent flows never spend the same holding. Corda 5.2 releases the claim when the flow
 * ends and drops spent states from the cache when their transaction commits ({@code
 * TokenClaim.useAndRelease} is deprecated for removal in 5.2, so the flows do not call it).
 *
 * <p>The deduplication id is derived from the request id: if Corda retries the flow, the retry gets
 * the same claim back instead of a second one.
 */
public final class TokenClaims {

  public static final String INSUFFICIENT_TOKENS =
      "Insufficient tokens: the holder does not have enough unfrozen holdings of ";
  public static final String INSUFFICIENT_CASH =
      "Insufficient cash: the buyer does not have enough cash of ";
  public static final String INSUFFICIENT_CASH_TO_REDEEM =
      "Insufficient cash: the holder does not have enough unspent cash to redeem of ";
  public static final String INSUFFICIENT_CASH_TO_PAY =
      "Insufficient cash: the payer does not have enough unspent cash to pay of ";
  public static final String NOTHING_TO_CLAIM = "No matching holdings to claim for ";

  /** Corda's limit on a deduplication id. */
  public static final int MAX_DEDUPLICATION_ID = 128;

  private TokenClaims() {}

  /**
   * A deterministic id of at most 128 characters for one claim of one request. Short ids are kept
   * readable; longer ones are replaced by a SHA-256 so two requests never collide.
   */
  public static String deduplicationId(String requestId, String purpose) {
    String id = "cornerstone." + purpose + "." + requestId;
    if (id.length() <= MAX_DEDUPLICATION_ID) {
      return id;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return "cornerstone." + purpose + ".sha256." + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /**
   * Claims {@code amount} of an instrument held by {@code owner}, or fails with {@code message}.
   */
  @Suspendable
  public static TokenClaim claim(
      TokenSelection selection,
      DigestService digests,
      String deduplicationId,
      String tokenType,
      MemberX500Name issuer,
      String symbol,
      MemberX500Name owner,
      MemberX500Name notary,
      long amount,
      String tagRegex,
      String message) {
    TokenClaimCriteria criteria =
        new TokenClaimCriteria(
            tokenType,
            TokenPools.partyHash(digests, issuer),
            notary,
            symbol,
            BigDecimal.valueOf(amount));
    criteria.setOwnerHash(TokenPools.partyHash(digests, owner));
    criteria.setTagRegex(tagRegex);
    TokenClaim claim = selection.tryClaim(deduplicationId, criteria);
    if (claim == null || claim.getClaimedTokens().isEmpty()) {
      throw new IllegalStateException(message + symbol);
    }
    return claim;
  }

  /** The state refs of the claimed tokens, in claim order. */
  public static List<StateRef> refs(TokenClaim claim) {
    return claim.getClaimedTokens().stream().map(ClaimedToken::getStateRef).toList();
  }
}
