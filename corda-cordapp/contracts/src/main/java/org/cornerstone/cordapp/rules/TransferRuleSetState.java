package org.cornerstone.cordapp.rules;

import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.BelongsToContract;
import net.corda.v5.ledger.utxo.ContractState;

/**
 * An instrument's transfer rules as the registrar's node keeps them on the ledger: one unconsumed
 * state per instrument, replaced by the next version on every approved change. The registrar's
 * responder flows read it from their vault before they sign a transfer or a DvP (see ADR 0008).
 *
 * <p>Only the rules the registrar can check from ledger data are here: trading halted, lock-up,
 * countries (of the receiver's X.500 name), maximum holders, minimum and maximum holding, and the
 * holding period, and the eligible investor categories. The receiver's category, country and KYC
 * expiry are the registrar's {@link InvestorEligibilityState} of it. Zero means "no limit" for the
 * numbers; empty lists mean "any country" or "any category".
 *
 * <p>Immutable. Corda serializes it through its single constructor, whose parameter names match the
 * getters.
 */
@BelongsToContract(TransferRuleSetContract.class)
public final class TransferRuleSetState implements ContractState {

  private final String instrumentId;
  private final int version;
  private final MemberX500Name registrar;
  private final PublicKey registrarKey;
  private final boolean tradingHalted;
  private final Instant lockedUntil;
  private final List<String> allowedCountries;
  private final List<String> deniedCountries;
  private final int maxHolders;
  private final long minHolding;
  private final long maxHolding;
  private final long holdingPeriodSeconds;
  private final List<String> eligibleCategories;

  public TransferRuleSetState(
      String instrumentId,
      int version,
      MemberX500Name registrar,
      PublicKey registrarKey,
      boolean tradingHalted,
      Instant lockedUntil,
      List<String> allowedCountries,
      List<String> deniedCountries,
      int maxHolders,
      long minHolding,
      long maxHolding,
      long holdingPeriodSeconds,
      List<String> eligibleCategories) {
    this.instrumentId = Objects.requireNonNull(instrumentId, "instrumentId");
    this.version = version;
    this.registrar = Objects.requireNonNull(registrar, "registrar");
    this.registrarKey = Objects.requireNonNull(registrarKey, "registrarKey");
    this.tradingHalted = tradingHalted;
    this.lockedUntil = lockedUntil;
    this.allowedCountries = allowedCountries == null ? List.of() : List.copyOf(allowedCountries);
    this.deniedCountries = deniedCountries == null ? List.of() : List.copyOf(deniedCountries);
    this.maxHolders = maxHolders;
    this.minHolding = minHolding;
    this.maxHolding = maxHolding;
    this.holdingPeriodSeconds = holdingPeriodSeconds;
    this.eligibleCategories =
        eligibleCategories == null ? List.of() : List.copyOf(eligibleCategories);
  }

  public String getInstrumentId() {
    return instrumentId;
  }

  public int getVersion() {
    return version;
  }

  public MemberX500Name getRegistrar() {
    return registrar;
  }

  public PublicKey getRegistrarKey() {
    return registrarKey;
  }

  public boolean isTradingHalted() {
    return tradingHalted;
  }

  /** No transfer before this instant; null when there is no lock-up. */
  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public List<String> getAllowedCountries() {
    return allowedCountries;
  }

  public List<String> getDeniedCountries() {
    return deniedCountries;
  }

  /** 0 = no limit. */
  public int getMaxHolders() {
    return maxHolders;
  }

  /** 0 = no minimum. */
  public long getMinHolding() {
    return minHolding;
  }

  /** 0 = no maximum. */
  public long getMaxHolding() {
    return maxHolding;
  }

  /** 0 = none. */
  public long getHoldingPeriodSeconds() {
    return holdingPeriodSeconds;
  }

  /**
   * The investor categories that may receive the instrument; empty = any category. The receiver's
   * category is the registrar's {@link InvestorEligibilityState}.
   */
  public List<String> getEligibleCategories() {
    return eligibleCategories;
  }

  @Override
  public List<PublicKey> getParticipants() {
    return List.of(registrarKey);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TransferRuleSetState s
        && instrumentId.equals(s.instrumentId)
        && version == s.version
        && registrar.equals(s.registrar)
        && registrarKey.equals(s.registrarKey)
        && tradingHalted == s.tradingHalted
        && Objects.equals(lockedUntil, s.lockedUntil)
        && allowedCountries.equals(s.allowedCountries)
        && deniedCountries.equals(s.deniedCountries)
        && maxHolders == s.maxHolders
        && minHolding == s.minHolding
        && maxHolding == s.maxHolding
        && holdingPeriodSeconds == s.holdingPeriodSeconds
        && eligibleCategories.equals(s.eligibleCategories);
  }

  @Override
  public int hashCode() {
    return Objects.hash(instrumentId, version, registrar, maxHolders, minHolding, maxHolding);
  }
}
