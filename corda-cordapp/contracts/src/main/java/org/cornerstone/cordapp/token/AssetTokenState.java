package org.cornerstone.cordapp.token;

import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import net.corda.v5.base.annotations.ConstructorForDeserialization;
import net.corda.v5.base.annotations.DeprecatedConstructorForDeserialization;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.BelongsToContract;
import net.corda.v5.ledger.utxo.ContractState;

/**
 * A holding: {@code quantity} whole tokens of one instrument (identified by {@code instrumentId}
 * and issuer) held by {@code holder}. The instrument of tokens issued against an asset is the
 * {@link org.cornerstone.cordapp.asset.AssetState#getInstrumentId() instrument id} of that asset.
 *
 * <p>The registrar keeps the register of holders: it attests every move, and only it can freeze a
 * holding or force a transfer. A frozen holding cannot be moved or redeemed by its holder.
 *
 * <p>{@code acquiredAt} is when the holder acquired these tokens (ADR 0008, holding period): a
 * receiver's holding carries the upper bound of the transaction's time window, change back to a
 * sender the latest {@code acquiredAt} of that sender's consumed holdings ({@link
 * AssetTokenContract} checks both). Null = unknown (states recorded before the field existed, or a
 * transaction without a time window, as on the embedded ledger): no holding period is checked.
 *
 * <p>Immutable. Corda serializes it through its {@link ConstructorForDeserialization} constructor,
 * whose parameter names match the getters; states stored before {@code acquiredAt} existed are read
 * through the deprecated constructor (AMQP evolution: the new nullable field is null).
 */
@BelongsToContract(AssetTokenContract.class)
public final class AssetTokenState implements ContractState {

  private final String instrumentId;
  private final MemberX500Name issuer;
  private final PublicKey issuerKey;
  private final MemberX500Name holder;
  private final PublicKey holderKey;
  private final MemberX500Name registrar;
  private final PublicKey registrarKey;
  private final long quantity;
  private final boolean frozen;
  private final Instant acquiredAt;

  /** A holding whose acquisition time is unknown ({@code acquiredAt} null). */
  @DeprecatedConstructorForDeserialization(version = 1)
  public AssetTokenState(
      String instrumentId,
      MemberX500Name issuer,
      PublicKey issuerKey,
      MemberX500Name holder,
      PublicKey holderKey,
      MemberX500Name registrar,
      PublicKey registrarKey,
      long quantity,
      boolean frozen) {
    this(
        instrumentId,
        issuer,
        issuerKey,
        holder,
        holderKey,
        registrar,
        registrarKey,
        quantity,
        frozen,
        null);
  }

  @ConstructorForDeserialization
  public AssetTokenState(
      String instrumentId,
      MemberX500Name issuer,
      PublicKey issuerKey,
      MemberX500Name holder,
      PublicKey holderKey,
      MemberX500Name registrar,
      PublicKey registrarKey,
      long quantity,
      boolean frozen,
      Instant acquiredAt) {
    this.instrumentId = Objects.requireNonNull(instrumentId, "instrumentId");
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.issuerKey = Objects.requireNonNull(issuerKey, "issuerKey");
    this.holder = Objects.requireNonNull(holder, "holder");
    this.holderKey = Objects.requireNonNull(holderKey, "holderKey");
    this.registrar = Objects.requireNonNull(registrar, "registrar");
    this.registrarKey = Objects.requireNonNull(registrarKey, "registrarKey");
    this.quantity = quantity;
    this.frozen = frozen;
    this.acquiredAt = acquiredAt;
  }

  public String getInstrumentId() {
    return instrumentId;
  }

  public MemberX500Name getIssuer() {
    return issuer;
  }

  public PublicKey getIssuerKey() {
    return issuerKey;
  }

  public MemberX500Name getHolder() {
    return holder;
  }

  public PublicKey getHolderKey() {
    return holderKey;
  }

  public MemberX500Name getRegistrar() {
    return registrar;
  }

  public PublicKey getRegistrarKey() {
    return registrarKey;
  }

  public long getQuantity() {
    return quantity;
  }

  public boolean isFrozen() {
    return frozen;
  }

  /** When the holder acquired these tokens; null when unknown. */
  public Instant getAcquiredAt() {
    return acquiredAt;
  }

  /** Holder, issuer and registrar (who keeps the cap table) each keep a copy. */
  @Override
  public List<PublicKey> getParticipants() {
    return List.of(holderKey, issuerKey, registrarKey).stream().distinct().toList();
  }

  /**
   * The same instrument held by someone else, in another quantity (a move's output), unfrozen, with
   * this holding's {@code acquiredAt} (a plan sets the receiver's with {@link #withAcquiredAt}).
   */
  public AssetTokenState withHolder(MemberX500Name newHolder, PublicKey newHolderKey, long amount) {
    return new AssetTokenState(
        instrumentId,
        issuer,
        issuerKey,
        newHolder,
        newHolderKey,
        registrar,
        registrarKey,
        amount,
        false,
        acquiredAt);
  }

  /** The same holding with another quantity (change of a move or redemption). */
  public AssetTokenState withQuantity(long newQuantity) {
    return new AssetTokenState(
        instrumentId,
        issuer,
        issuerKey,
        holder,
        holderKey,
        registrar,
        registrarKey,
        newQuantity,
        frozen,
        acquiredAt);
  }

  /** The same holding frozen or unfrozen (the registrar's Freeze / Unfreeze). */
  public AssetTokenState withFrozen(boolean newFrozen) {
    return new AssetTokenState(
        instrumentId,
        issuer,
        issuerKey,
        holder,
        holderKey,
        registrar,
        registrarKey,
        quantity,
        newFrozen,
        acquiredAt);
  }

  /** The same holding acquired at {@code newAcquiredAt} (null = unknown). */
  public AssetTokenState withAcquiredAt(Instant newAcquiredAt) {
    return new AssetTokenState(
        instrumentId,
        issuer,
        issuerKey,
        holder,
        holderKey,
        registrar,
        registrarKey,
        quantity,
        frozen,
        newAcquiredAt);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof AssetTokenState that)) {
      return false;
    }
    return quantity == that.quantity
        && frozen == that.frozen
        && instrumentId.equals(that.instrumentId)
        && issuer.equals(that.issuer)
        && issuerKey.equals(that.issuerKey)
        && holder.equals(that.holder)
        && holderKey.equals(that.holderKey)
        && registrar.equals(that.registrar)
        && registrarKey.equals(that.registrarKey)
        && Objects.equals(acquiredAt, that.acquiredAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        instrumentId,
        issuer,
        issuerKey,
        holder,
        holderKey,
        registrar,
        registrarKey,
        quantity,
        frozen,
        acquiredAt);
  }

  @Override
  public String toString() {
    return "AssetTokenState{instrumentId="
        + instrumentId
        + ", issuer="
        + issuer
        + ", holder="
        + holder
        + ", registrar="
        + registrar
        + ", quantity="
        + quantity
        + ", frozen="
        + frozen
        + ", acquiredAt="
        + acquiredAt
        + "}";
  }
}
