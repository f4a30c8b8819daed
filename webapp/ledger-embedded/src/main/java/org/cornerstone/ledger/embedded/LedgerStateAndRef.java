package org.cornerstone.ledger.embedded;

import java.security.PublicKey;
import java.util.Objects;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.Contract;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.EncumbranceGroup;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.StateRef;
import net.corda.v5.ledger.utxo.TransactionState;

/** A state with its reference, as stored by the embedded ledger (no encumbrances). */
public final class LedgerStateAndRef<T extends ContractState>
    implements StateAndRef<T>, TransactionState<T> {

  private final T contractState;
  private final StateRef ref;
  private final Class<? extends Contract> contractType;
  private final MemberX500Name notaryName;
  private final PublicKey notaryKey;

  public LedgerStateAndRef(
      T contractState,
      StateRef ref,
      Class<? extends Contract> contractType,
      MemberX500Name notaryName,
      PublicKey notaryKey) {
    this.contractState = Objects.requireNonNull(contractState, "contractState");
    this.ref = Objects.requireNonNull(ref, "ref");
    this.contractType = Objects.requireNonNull(contractType, "contractType");
    this.notaryName = notaryName;
    this.notaryKey = notaryKey;
  }

  @Override
  public TransactionState<T> getState() {
    return this;
  }

  @Override
  public StateRef getRef() {
    return ref;
  }

  @Override
  public T getContractState() {
    return contractState;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Class<T> getContractStateType() {
    return (Class<T>) contractState.getClass();
  }

  @Override
  public Class<? extends Contract> getContractType() {
    return contractType;
  }

  @Override
  public MemberX500Name getNotaryName() {
    return notaryName;
  }

  @Override
  public PublicKey getNotaryKey() {
    return notaryKey;
  }

  @Override
  public EncumbranceGroup getEncumbranceGroup() {
    return null;
  }

  /** This state as a {@code StateAndRef<S>}, after checking its type. */
  @SuppressWarnings("unchecked")
  public <S extends ContractState> LedgerStateAndRef<S> as(Class<S> type) {
    type.cast(contractState);
    return (LedgerStateAndRef<S>) this;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LedgerStateAndRef<?> that
        && ref.equals(that.ref)
        && contractState.equals(that.contractState);
  }

  @Override
  public int hashCode() {
    return ref.hashCode();
  }

  @Override
  public String toString() {
    return ref + " " + contractState.getClass().getSimpleName();
  }
}
