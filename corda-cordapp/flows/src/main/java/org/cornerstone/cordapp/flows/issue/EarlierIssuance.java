package org.cornerstone.cordapp.flows.issue;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.corda.v5.application.persistence.PagedQuery;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.crypto.SecureHash;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.UtxoLedgerService;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import org.cornerstone.cordapp.asset.AssetContract;
import org.cornerstone.cordapp.asset.AssetState;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * Finds, in the issuer's vault, the issuance of an asset that is already on the ledger, so that
 * issuing is idempotent at the ledger and not only by Corda's flow status (which a 5.2 cluster
 * deletes seven days after the flow ended; a retry after that starts a new flow).
 *
 * <p>An asset is issued once: its {@link AssetState} is created by a transaction with the {@code
 * Create} command and afterwards only evolved one-to-one by {@code Update}s, so exactly one
 * unconsumed {@link AssetState} per asset stays in the vault of its issuer. The lookup finds it by
 * asset id, instrument id and issuer, then follows its {@code Update}s back to the {@code Create}
 * transaction, which is the earlier issuance.
 *
 * <p>The search reads the unconsumed AssetStates of the vault page by page (an issuer holds few
 * assets); a named query by asset id would need an AssetState vault-JSON factory in the contracts
 * CPK.
 */
public final class EarlierIssuance {

  /** Page size of the vault search. */
  static final int PAGE = 200;

  /** Longest chain of {@code Update}s followed back to the issuance. */
  static final int MAX_UPDATES = 10_000;

  /** Arguments: asset id, earlier transaction id. */
  public static final String ISSUED_WITH_OTHER_TERMS =
      "Asset %s was already issued by transaction %s with another diligence digest or supply;"
          + " it is not issued again.";

  /** Arguments: transaction id. */
  public static final String TRANSACTION_MISSING =
      "The vault holds a state of transaction %s but not the transaction itself.";

  private final UtxoLedgerService ledger;
  private final Clock clock;

  public EarlierIssuance(UtxoLedgerService ledger) {
    this(ledger, Clock.systemUTC());
  }

  public EarlierIssuance(UtxoLedgerService ledger, Clock clock) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The earlier issuance of the request's asset by {@code issuer}, answered as the issuance flow
   * answered it then; empty when the asset was never issued.
   *
   * @throws IllegalStateException when the asset was issued with another diligence digest or
   *     another total supply than the request asks for (a different request for the same asset)
   */
  @Suspendable
  public Optional<IssueAssetResponse> of(
      MemberX500Name issuer, IssueAssetRequest request, String instrumentId) {
    Optional<Issuance> earlier = find(issuer, request.getAssetId(), instrumentId);
    if (earlier.isEmpty()) {
      return Optional.empty();
    }
    Issuance issuance = earlier.get();
    long requested = 0;
    if (request.getAllocations() != null) {
      for (Allocation allocation : request.getAllocations()) {
        requested = Math.addExact(requested, allocation.getQuantity());
      }
    }
    if (!Objects.equals(issuance.asset().getDiligenceDigest(), request.getDiligenceDigest())
        || issuance.issuedQuantity() != requested) {
      throw new IllegalStateException(
          String.format(ISSUED_WITH_OTHER_TERMS, request.getAssetId(), issuance.transactionId()));
    }
    return Optional.of(
        new IssueAssetResponse(
            issuance.transactionId().toString(),
            request.getAssetId(),
            instrumentId,
            issuance.issuedQuantity()));
  }

  /**
   * The issuance of {@code assetId} as instrument {@code instrumentId} by {@code issuer} recorded
   * in this vault, if any.
   */
  @Suspendable
  public Optional<Issuance> find(MemberX500Name issuer, String assetId, String instrumentId) {
    Optional<StateAndRef<AssetState>> current = currentState(issuer, assetId, instrumentId);
    if (current.isEmpty()) {
      return Optional.empty();
    }
    SecureHash transactionId = current.get().getRef().getTransactionId();
    for (int hop = 0; hop <= MAX_UPDATES; hop++) {
      UtxoLedgerTransaction transaction = ledger.findLedgerTransaction(transactionId);
      if (transaction == null) {
        throw new IllegalStateException(String.format(TRANSACTION_MISSING, transactionId));
      }
      if (!transaction.getCommands(AssetContract.Commands.Create.class).isEmpty()) {
        return Optional.of(issuanceIn(transaction, assetId, instrumentId));
      }
      SecureHash previous = null;
      for (StateAndRef<AssetState> input : transaction.getInputStateAndRefs(AssetState.class)) {
        if (assetId.equals(input.getState().getContractState().getAssetId())) {
          previous = input.getRef().getTransactionId();
        }
      }
      if (previous == null) {
        throw new IllegalStateException(String.format(TRANSACTION_MISSING, transactionId));
      }
      transactionId = previous;
    }
    throw new IllegalStateException(String.format(TRANSACTION_MISSING, transactionId));
  }

  @Suspendable
  private Optional<StateAndRef<AssetState>> currentState(
      MemberX500Name issuer, String assetId, String instrumentId) {
    PagedQuery.ResultSet<StateAndRef<AssetState>> page =
        ledger.findUnconsumedStatesByExactType(AssetState.class, PAGE, clock.instant());
    List<StateAndRef<AssetState>> results = page.getResults();
    while (true) {
      for (StateAndRef<AssetState> ref : results) {
        AssetState asset = ref.getState().getContractState();
        if (asset.getAssetId().equals(assetId)
            && asset.getInstrumentId().equals(instrumentId)
            && asset.getIssuer().equals(issuer)) {
          return Optional.of(ref);
        }
      }
      if (!page.hasNext()) {
        return Optional.empty();
      }
      results = page.next();
    }
  }

  private static Issuance issuanceIn(
      UtxoLedgerTransaction transaction, String assetId, String instrumentId) {
    AssetState asset = null;
    for (AssetState output : transaction.getOutputStates(AssetState.class)) {
      if (assetId.equals(output.getAssetId())) {
        asset = output;
      }
    }
    long issued = 0;
    for (AssetTokenState token : transaction.getOutputStates(AssetTokenState.class)) {
      if (instrumentId.equals(token.getInstrumentId())) {
        issued = Math.addExact(issued, token.getQuantity());
      }
    }
    return new Issuance(transaction.getId(), asset, issued);
  }

  /**
   * An issuance found on the ledger: its transaction, the asset as issued, the tokens it issued.
   */
  public record Issuance(SecureHash transactionId, AssetState asset, long issuedQuantity) {}
}
