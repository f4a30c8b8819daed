package org.cornerstone.securitization.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The records screens and the API get for deals (amounts as decimal strings in the currency). */
public final class DealViews {
  private DealViews() {}

  /** One line of the deals list. */
  public record DealSummary(
      String id,
      String name,
      String currency,
      String sellerName,
      String spvName,
      String status,
      String poolBalance,
      int poolAssets,
      Instant createdAt) {}

  /** A deal with its pool, structure and closing. */
  public record DealView(
      String id,
      String name,
      String currency,
      String sellerOrganisation,
      String sellerName,
      String servicerOrganisation,
      String servicerName,
      String spvOrganisation,
      String spvName,
      String spvLedgerIdentity,
      String paymentFrequency,
      LocalDate closingDate,
      LocalDate firstPaymentDate,
      String concentrationLimit,
      String status,
      String poolBalance,
      List<PoolAssetView> pool,
      List<String> poolConcentrationBreaches,
      StructureView structure,
      boolean dealFileReady,
      String createdBy,
      Instant createdAt,
      String submittedBy,
      Instant submittedAt,
      String closingTransaction,
      String rejectedBy,
      String rejectionReason,
      List<SpvHolding> spvHoldings,
      String seniorOffering,
      TapeViews.TapeSummary tape) {}

  /** What the SPV holds on the ledger once the deal closed (read from the ledger). */
  public record SpvHolding(String instrumentId, long quantity) {}

  /** One asset in the pool, with its eligibility as it stands now. */
  public record PoolAssetView(
      String instrumentId,
      String instrumentKind,
      String title,
      String obligor,
      long quantity,
      String balance,
      LocalDate maturityDate,
      List<CheckView> checks) {}

  /** One eligibility criterion's verdict. */
  public record CheckView(String criterion, boolean passed, String detail) {}

  /** A holding of the seller the arranger may pick, with every criterion and whether it passes. */
  public record CandidateView(
      String instrumentId,
      String instrumentKind,
      String title,
      String obligor,
      long quantity,
      String balance,
      LocalDate maturityDate,
      boolean inPool,
      boolean eligible,
      List<CheckView> checks) {}

  /** The structure in the deal file's words. */
  public record StructureView(
      List<TrancheView> tranches,
      String principalPayment,
      List<FeeView> fees,
      ReserveView reserve,
      List<TriggerView> triggers,
      String cleanUpCallPoolFactor) {}

  /**
   * @param instrumentId the tranche's instrument once the deal closed, else null
   */
  public record TrancheView(
      int seniority,
      String name,
      String trancheClass,
      String balance,
      String coupon,
      String instrumentId) {}

  public record FeeView(String name, String fixed, String rate) {}

  public record ReserveView(String target, String initial) {}

  public record TriggerView(
      String name, String test, String tranche, String threshold, boolean curable, String effect) {}

  /** A party the form offers (seller, servicer). */
  public record PartyChoice(String id, String name, String kind) {}
}
