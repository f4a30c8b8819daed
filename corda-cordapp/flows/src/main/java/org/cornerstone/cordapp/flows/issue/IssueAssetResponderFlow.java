package org.cornerstone.cordapp.flows.issue;

import static org.cornerstone.cordapp.flows.common.Checks.check;

import java.util.List;
import net.corda.v5.application.flows.CordaInject;
import net.corda.v5.application.flows.InitiatedBy;
import net.corda.v5.application.flows.ResponderFlow;
import net.corda.v5.application.membership.MemberLookup;
import net.corda.v5.application.messaging.FlowSession;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.UtxoLedgerService;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionValidator;
import org.cornerstone.cordapp.asset.AssetKind;
import org.cornerstone.cordapp.asset.AssetState;
import org.cornerstone.cordapp.flows.common.Parties;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * Trustee, registrar and holders of a new issuance. Each checks the transaction against the terms
 * before signing (trustee) or storing it: one asset, issued by the initiator, with the announced
 * digest and supply; the registrar also checks every holder is an active member (eligible).
 */
@InitiatedBy(protocol = "cornerstone-issue-asset")
public class IssueAssetResponderFlow implements ResponderFlow {

  public static final String NOT_ONE_ASSET = "An issuance must register exactly one asset.";
  public static final String NOT_THE_ANNOUNCED_ASSET =
      "The asset differs from the announced asset id, instrument id, digest, trustee or registrar.";
  public static final String ISSUER_NOT_INITIATOR = "Only the issuer may issue its asset.";
  public static final String SUPPLY_DIFFERS = "The issued supply differs from the announced one.";
  public static final String HOLDER_NOT_ELIGIBLE =
      "A holder is not an active member of the network: ";

  /**
   * Followed by the asset id. No invoice financed twice (ADR 0021): the registrar refuses a
   * receivable its vault already holds. An early refusal only: two issuances in flight at once can
   * both pass it (see the ADR for the notary-decided design).
   */
  public static final String RECEIVABLE_ALREADY_ISSUED =
      "The registrar already holds this receivable (an invoice backs one certificate only): ";

  @CordaInject private UtxoLedgerService ledger;
  @CordaInject private MemberLookup members;

  @Suspendable
  @Override
  public void call(FlowSession session) {
    IssueTerms terms = session.receive(IssueTerms.class);
    MemberX500Name me = members.myInfo().getName();
    MemberX500Name initiator = session.getCounterparty();
    ledger.receiveFinality(
        session,
        new UtxoTransactionValidator() {
          @Suspendable
          @Override
          public void checkTransaction(UtxoLedgerTransaction tx) {
            validate(tx, terms, me, initiator, members);
            refuseIssuedReceivable(tx, me, ledger);
          }
        });
  }

  /** The checks, in a static method so they can run without a flow around them. */
  @Suspendable
  static void validate(
      UtxoLedgerTransaction tx,
      IssueTerms terms,
      MemberX500Name me,
      MemberX500Name initiator,
      MemberLookup members) {
    List<AssetState> assets = tx.getOutputStates(AssetState.class);
    check(assets.size() == 1, NOT_ONE_ASSET);
    AssetState asset = assets.get(0);
    check(asset.getIssuer().equals(initiator), ISSUER_NOT_INITIATOR);
    check(
        asset.getAssetId().equals(terms.getAssetId())
            && asset.getInstrumentId().equals(terms.getInstrumentId())
            && asset.getDiligenceDigest() != null
            && asset.getDiligenceDigest().equals(terms.getDiligenceDigest())
            && asset.getTrustee().equals(terms.getTrustee())
            && asset.getRegistrar().equals(terms.getRegistrar()),
        NOT_THE_ANNOUNCED_ASSET);
    List<AssetTokenState> tokens = tx.getOutputStates(AssetTokenState.class);
    long supply = 0;
    for (AssetTokenState token : tokens) {
      check(token.getInstrumentId().equals(asset.getInstrumentId()), NOT_THE_ANNOUNCED_ASSET);
      supply = Math.addExact(supply, token.getQuantity());
    }
    check(supply == terms.getTotalQuantity(), SUPPLY_DIFFERS);
    if (me.equals(asset.getRegistrar())) {
      for (AssetTokenState token : tokens) {
        check(
            Parties.isActiveMember(members, token.getHolder()),
            HOLDER_NOT_ELIGIBLE + token.getHolder());
      }
    }
  }

  /**
   * The registrar of a RECEIVABLE asset refuses it when its vault already holds an unconsumed
   * {@link AssetState} with the same asset id ({@link #RECEIVABLE_ALREADY_ISSUED}).
   */
  @Suspendable
  static void refuseIssuedReceivable(
      UtxoLedgerTransaction tx, MemberX500Name me, UtxoLedgerService ledger) {
    for (AssetState asset : tx.getOutputStates(AssetState.class)) {
      if (asset.getKind() != AssetKind.RECEIVABLE || !me.equals(asset.getRegistrar())) {
        continue;
      }
      for (StateAndRef<AssetState> held : ledger.findUnconsumedStatesByType(AssetState.class)) {
        check(
            !held.getState().getContractState().getAssetId().equals(asset.getAssetId()),
            RECEIVABLE_ALREADY_ISSUED + asset.getAssetId());
      }
    }
  }
}
