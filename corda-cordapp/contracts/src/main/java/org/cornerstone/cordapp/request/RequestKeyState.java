package org.cornerstone.cordapp.request;

import java.security.PublicKey;
import java.util.List;
import java.util.Objects;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.BelongsToContract;
import net.corda.v5.ledger.utxo.ContractState;

/**
 * The request key of a ledger-changing command, recorded in the transaction that carried it out, so
 * that the ledger itself answers "did request K already take effect?" (vault named query {@link
 * org.cornerstone.cordapp.query.RequestQueries#TRANSACTION_BY_REQUEST}). Corda 5.2 deletes a final
 * flow status seven days after its last update; after that only the ledger remembers.
 *
 * <p>{@code party} is the organisation that asked for the command (the flow's initiator: the sender
 * of a transfer, the registrar of a freeze, the seller of a DvP, the bank of a cash issue); it
 * signs the transaction and is the only participant, so the record lives in its vault. The state is
 * never consumed.
 *
 * <p>Immutable. Corda serializes it through its single constructor, whose parameter names match the
 * getters.
 */
@BelongsToContract(RequestKeyContract.class)
public final class RequestKeyState implements ContractState {

  private final String requestId;
  private final MemberX500Name party;
  private final PublicKey partyKey;

  public RequestKeyState(String requestId, MemberX500Name party, PublicKey partyKey) {
    this.requestId = Objects.requireNonNull(requestId, "requestId");
    this.party = Objects.requireNonNull(party, "party");
    this.partyKey = Objects.requireNonNull(partyKey, "partyKey");
  }

  /** The command's request key, e.g. {@code trade-9.settle}. */
  public String getRequestId() {
    return requestId;
  }

  public MemberX500Name getParty() {
    return party;
  }

  public PublicKey getPartyKey() {
    return partyKey;
  }

  @Override
  public List<PublicKey> getParticipants() {
    return List.of(partyKey);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RequestKeyState other
        && requestId.equals(other.requestId)
        && party.equals(other.party)
        && partyKey.equals(other.partyKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requestId, party, partyKey);
  }

  @Override
  public String toString() {
    return "RequestKeyState{requestId=" + requestId + ", party=" + party + "}";
  }
}
