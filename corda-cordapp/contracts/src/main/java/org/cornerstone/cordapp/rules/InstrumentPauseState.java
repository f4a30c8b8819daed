package org.cornerstone.cordapp.rules;

import java.security.PublicKey;
import java.util.List;
import java.util.Objects;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.BelongsToContract;
import net.corda.v5.ledger.utxo.ContractState;

/**
 * Whether the registrar paused an instrument (the issuer-agent control "pause"): while {@code
 * paused}, the registrar's responder flows refuse every transfer and DvP of the instrument (code
 * {@link TransferRuleCheck#INSTRUMENT_PAUSED}); its own forced transfers still run. One unconsumed
 * state per instrument, replaced on every pause and resume; the registrar is its only participant.
 *
 * <p>Immutable; Corda serializes it through its single constructor.
 */
@BelongsToContract(RegistrarRecordContract.class)
public final class InstrumentPauseState implements ContractState {

  private final String instrumentId;
  private final boolean paused;
  private final String reason;
  private final MemberX500Name registrar;
  private final PublicKey registrarKey;

  public InstrumentPauseState(
      String instrumentId,
      boolean paused,
      String reason,
      MemberX500Name registrar,
      PublicKey registrarKey) {
    this.instrumentId = Objects.requireNonNull(instrumentId, "instrumentId");
    this.paused = paused;
    this.reason = Objects.requireNonNull(reason, "reason");
    this.registrar = Objects.requireNonNull(registrar, "registrar");
    this.registrarKey = Objects.requireNonNull(registrarKey, "registrarKey");
  }

  public String getInstrumentId() {
    return instrumentId;
  }

  public boolean isPaused() {
    return paused;
  }

  public String getReason() {
    return reason;
  }

  public MemberX500Name getRegistrar() {
    return registrar;
  }

  public PublicKey getRegistrarKey() {
    return registrarKey;
  }

  @Override
  public List<PublicKey> getParticipants() {
    return List.of(registrarKey);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InstrumentPauseState s
        && instrumentId.equals(s.instrumentId)
        && paused == s.paused
        && reason.equals(s.reason)
        && registrar.equals(s.registrar)
        && registrarKey.equals(s.registrarKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(instrumentId, paused, reason, registrar);
  }
}
