package org.cornerstone.party.application;

import java.time.Instant;
import java.util.Optional;
import org.cornerstone.party.domain.InvestorCategory;
import org.cornerstone.party.domain.InvestorEligibility;
import org.cornerstone.party.domain.InvestorProfile;
import org.cornerstone.party.domain.InvestorStatus;
import org.cornerstone.party.domain.UserRepository;

/**
 * Turns investor entities into the records that screens and the API receive, and keeps the
 * profile's status in step with the onboarding process.
 */
final class InvestorViews {
  private InvestorViews() {}

  static InvestorSummary summary(InvestorProfile profile) {
    return new InvestorSummary(
        profile.id(),
        profile.legalName(),
        profile.username(),
        profile.country().orElse(null),
        profile.category().map(Enum::name).orElse(null),
        profile.status().name(),
        profile.submittedAt().orElse(null));
  }

  static InvestorDetails details(
      InvestorProfile profile, Optional<InvestorEligibility> eligibility, UserRepository parties) {
    return new InvestorDetails(
        summary(profile),
        profile.registeredAt(),
        profile.decidedAt().orElse(null),
        profile.complianceComment().orElse(null),
        profile.rejectionReason().orElse(null),
        profile.processInstanceId().orElse(null),
        profile.documents().stream()
            .map(
                d ->
                    new InvestorDetails.DocumentInfo(
                        d.id(),
                        d.documentType().name(),
                        d.fileName(),
                        d.mediaType(),
                        d.sizeBytes(),
                        d.sha256(),
                        d.uploadedAt()))
            .toList(),
        eligibility
            .map(
                e ->
                    new InvestorDetails.Eligibility(
                        e.id(),
                        e.country(),
                        e.category().name(),
                        e.approvedAt(),
                        e.registrarOrganisation()
                            .map(id -> parties.findOrganisation(id).map(o -> o.name()).orElse(id))
                            .orElse(null)))
            .orElse(null));
  }

  /**
   * Brings the profile's status in step with where its process waits: the profile task open again
   * with a rework comment means compliance sent it back; an open compliance review is waiting
   * (unclaimed) or being worked on (claimed). Final statuses are set by the process's own steps.
   */
  static void sync(InvestorProfile profile, InvestorOnboardingProcess process, Instant now) {
    if (profile.status().isFinal() || profile.processInstanceId().isEmpty()) {
      return;
    }
    Optional<InvestorOnboardingProcess.ProfileTask> task = process.openProfileTask(profile.id());
    if (task.isPresent()) {
      String comment = task.get().reworkComment();
      if (comment != null && !comment.isBlank() && profile.status() != InvestorStatus.REGISTERED) {
        profile.sentBack(comment, now);
      }
      return;
    }
    if (profile.status() == InvestorStatus.PROFILE_SUBMITTED
        || profile.status() == InvestorStatus.IN_COMPLIANCE_REVIEW) {
      process
          .openComplianceReview(profile.id())
          .ifPresent(review -> profile.awaitingCompliance(review.assignee() != null, now));
    }
  }

  /**
   * The one mapping to the workflows module's category (the onboarding model's word; the workflows
   * module cannot depend on the app). The switch fails to compile when either enum gains a value.
   */
  static org.cornerstone.workflows.investor.InvestorCategory toProcess(InvestorCategory category) {
    return switch (category) {
      case RETAIL -> org.cornerstone.workflows.investor.InvestorCategory.RETAIL;
      case QUALIFIED -> org.cornerstone.workflows.investor.InvestorCategory.QUALIFIED;
      case INSTITUTIONAL -> org.cornerstone.workflows.investor.InvestorCategory.INSTITUTIONAL;
    };
  }

  /** The inverse of {@link #toProcess}. */
  static InvestorCategory fromProcess(
      org.cornerstone.workflows.investor.InvestorCategory category) {
    return switch (category) {
      case RETAIL -> InvestorCategory.RETAIL;
      case QUALIFIED -> InvestorCategory.QUALIFIED;
      case INSTITUTIONAL -> InvestorCategory.INSTITUTIONAL;
    };
  }
}
