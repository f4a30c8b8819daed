package org.cornerstone.cordapp.flows.common;

import java.security.PublicKey;
import java.util.List;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.StateRef;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionBuilder;
import net.corda.v5.membership.MemberInfo;
import org.cornerstone.cordapp.flows.selection.TokenClaims;
import org.cornerstone.cordapp.token.AssetTokenState;

/** Holdings of one asset and one holder claimed for a request: refs in claim order and states. */
public final class ClaimedHoldings {

  private final String instrumentId;
  private final MemberX500Name holder;
  private final List<StateRef> refs;
  private final List<AssetTokenState> states;

  public ClaimedHoldings(
      String instrumentId,
      MemberX500Name holder,
      List<StateRef> refs,
      List<AssetTokenState> states) {
    this.instrumentId = instrumentId;
    this.holder = holder;
    this.refs = refs;
    this.states = states;
  }

  public List<StateRef> refs() {
    return refs;
  }

  public List<AssetTokenState> states() {
    return states;
  }

  /** The first holding; issuer, registrar and their keys are the same on all of them. */
  public AssetTokenState template() {
    return states.get(0);
  }

  /**
   * A holding of {@code quantity} of this instrument for {@code receiver}, under its ledger key.
   */
  public AssetTokenState paidTo(MemberInfo receiver, long quantity) {
    return template().withHolder(receiver.getName(), Parties.ledgerKey(receiver), quantity);
  }

  /** Total quantity claimed. */
  public long quantity() {
    return Holdings.quantity(states, instrumentId, holder);
  }

  /** What is left after spending {@code spent}; refuses when the claim does not cover it. */
  public long changeAfter(long spent) {
    long change = quantity() - spent;
    if (change < 0) {
      throw new IllegalStateException(TokenClaims.INSUFFICIENT_TOKENS + instrumentId);
    }
    return change;
  }

  /** Returns the change, if any, to the holder under {@code holderKey}. */
  public void addChange(UtxoTransactionBuilder builder, PublicKey holderKey, long change) {
    if (change > 0) {
      builder.addOutputState(template().withHolder(holder, holderKey, change));
    }
  }

  /** Refuses with {@code message} unless {@code me} is the instrument's registrar. */
  public void requireRegistrar(MemberX500Name me, String message) {
    if (!template().getRegistrar().equals(me)) {
      throw new IllegalArgumentException(message);
    }
  }
}
