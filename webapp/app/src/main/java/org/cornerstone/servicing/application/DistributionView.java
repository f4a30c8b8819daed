package org.cornerstone.servicing.application;

import java.time.Instant;
import java.util.List;
import org.cornerstone.servicing.domain.HeldEntitlements;

/**
 * A distribution as its screens and the API show it: the summary, who reported and approved it, and
 * the entitlement table once computed, and its totals by state ({@code paid + held + retained +
 * pending = net}).
 */
public record DistributionView(
    DistributionSummary summary,
    String instrumentName,
    String payer,
    Long supply,
    String reportedBy,
    Instant reportedAt,
    String firstApprover,
    String secondApprover,
    boolean needsSecondApproval,
    String rejectionReason,
    String evidenceName,
    String evidenceSha256,
    String fundingTransaction,
    List<EntitlementView> entitlements,
    HeldEntitlements.Totals totals) {}
