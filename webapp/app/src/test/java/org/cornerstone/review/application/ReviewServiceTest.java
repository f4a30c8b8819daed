package org.cornerstone.review.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cornerstone.origination.application.OriginationFakes;
import org.cornerstone.origination.domain.Asset;
import org.cornerstone.origination.domain.AssetRepository;
import org.cornerstone.origination.domain.AssetStatus;
import org.cornerstone.origination.domain.AssetTest;
import org.cornerstone.party.application.InvestorQueries;
import org.cornerstone.party.application.PartyFakes;
import org.cornerstone.review.domain.ReviewOutcome;
import org.cornerstone.review.domain.TaskDecision;
import org.cornerstone.review.domain.TaskDecisionRepository;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.workflows.origination.RealEstateOnboarding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ReviewServiceTest {
  private static final Actor TOM = new Actor("tom", "Tom", "trust", Set.of(Role.TRUSTEE));
  private static final Actor TINA = new Actor("tina", "Tina", "trust", Set.of(Role.TRUSTEE));
  private static final Actor VICTOR = new Actor("victor", "Victor", "trust", Set.of(Role.VALUER));
  private static final Actor LENA = new Actor("lena", "Lena", "trust", Set.of(Role.LEGAL));
  private static final Actor IVAN = new Actor("ivan", "Ivan", "ivy", Set.of(Role.INVESTOR));

  private final ReviewService service = new ReviewService();
  private final ReviewTasks onboarding = mock(ReviewTasks.class);
  private final AssetRepository assets = mock(AssetRepository.class);
  private final TaskDecisionRepository decisions = mock(TaskDecisionRepository.class);
  private Asset asset;

  @BeforeEach
  void wire() {
    service.onboarding = onboarding;
    service.decisions = decisions;
    service.clock = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
    service.subjects =
        List.of(
            OriginationFakes.assetUnderReview(assets, service.clock),
            PartyFakes.investorUnderReview(mock(InvestorQueries.class)));
    asset = AssetTest.asset();
    asset.documentsComplete();
    when(assets.find(asset.id())).thenReturn(Optional.of(asset));
    when(assets.findAll(anyCollection()))
        .thenAnswer(
            call ->
                call.<Collection<String>>getArgument(0).contains(asset.id())
                    ? List.of(asset)
                    : List.of());
  }

  @Test
  void theInboxLooksUpItsAssetsInOneQueryWhateverTheNumberOfTasks() {
    List<ReviewTask> open = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      open.add(
          new ReviewTask(
              "t" + i,
              "legalReview",
              "Legal review",
              RealEstateOnboarding.PROCESS_KEY,
              "p" + i,
              i < 29 ? asset.id() : "RE-GONE",
              List.of(RealEstateOnboarding.GROUP_LEGAL),
              null,
              Instant.parse("2026-11-20T08:00:00Z"),
              null,
              false,
              null,
              null));
    }
    when(onboarding.openReviewTasks(List.of(RealEstateOnboarding.GROUP_LEGAL))).thenReturn(open);
    List<ReviewTaskView> inbox = service.inbox(LENA);

    assertThat(inbox).hasSize(29); // the task whose asset is gone is left out, as before
    assertThat(inbox.get(0).subjectId()).isEqualTo(asset.id());
    verify(assets, times(1)).findAll(anyCollection());
    verify(assets, never()).find(anyString());
  }

  private void openTask(String taskKey, String group, String assignee, String firstApprover) {
    when(onboarding.reviewTask("t1"))
        .thenReturn(
            Optional.of(
                new ReviewTask(
                    "t1",
                    taskKey,
                    "Step " + taskKey,
                    RealEstateOnboarding.PROCESS_KEY,
                    "pi-1",
                    asset.id(),
                    List.of(group),
                    assignee,
                    Instant.parse("2026-11-22T08:00:00Z"),
                    Instant.parse("2026-11-24T08:00:00Z"),
                    false,
                    firstApprover,
                    null)));
  }

  @Test
  void onlyReviewersSeeTheInboxAndDecide() {
    assertThatThrownBy(() -> service.inbox(IVAN))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage(ReviewService.NOT_A_REVIEWER);
    assertThatThrownBy(
            () -> service.decide(IVAN, "t1", ReviewInput.decision(ReviewOutcome.APPROVE, "")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.claim(IVAN, "t1")).isInstanceOf(AccessDeniedException.class);
    assertThat(service.openCount(IVAN)).isZero();
    verify(onboarding, never()).complete(anyString(), anyString(), anyMap());
  }

  @Test
  void aReviewerCannotDecideAnotherGroupsTask() {
    openTask("legalReview", "legal", null, null);
    assertThatThrownBy(
            () -> service.decide(VICTOR, "t1", ReviewInput.decision(ReviewOutcome.APPROVE, "")))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage(ReviewService.NOT_YOUR_GROUP);
    verify(onboarding, never()).complete(anyString(), anyString(), anyMap());
  }

  @Test
  void sendBackAndRejectNeedAComment() {
    openTask("legalReview", "legal", null, null);
    assertThatThrownBy(
            () -> service.decide(LENA, "t1", ReviewInput.decision(ReviewOutcome.SEND_BACK, " ")))
        .isInstanceOf(ValidationException.class)
        .hasMessage(ReviewService.COMMENT_REQUIRED);
    assertThatThrownBy(
            () -> service.decide(LENA, "t1", ReviewInput.decision(ReviewOutcome.REJECT, null)))
        .isInstanceOf(ValidationException.class)
        .hasMessage(ReviewService.COMMENT_REQUIRED);
    assertThatThrownBy(() -> service.decide(LENA, "t1", ReviewInput.decision(null, "x")))
        .isInstanceOf(ValidationException.class)
        .hasMessage(ReviewService.DECISION_REQUIRED);
  }

  @Test
  void aSendBackRecordsTheDecisionMovesTheAssetAndCompletesTheTask() {
    openTask("legalReview", "legal", null, null);
    service.decide(LENA, "t1", ReviewInput.decision(ReviewOutcome.SEND_BACK, "Deed unsigned"));
    assertThat(asset.status()).isEqualTo(AssetStatus.SENT_BACK);
    ArgumentCaptor<TaskDecision> decision = ArgumentCaptor.forClass(TaskDecision.class);
    verify(decisions).add(decision.capture());
    assertThat(decision.getValue().outcome()).isEqualTo(ReviewOutcome.SEND_BACK);
    assertThat(decision.getValue().decidedBy()).isEqualTo("lena");
    @SuppressWarnings("unchecked")
    ArgumentCaptor<Map<String, Object>> variables = ArgumentCaptor.forClass(Map.class);
    verify(onboarding).complete(eq("t1"), eq("lena"), variables.capture());
    assertThat(variables.getValue())
        .containsEntry("decision", "SEND_BACK")
        .containsEntry("reviewComment", "Deed unsigned");
  }

  @Test
  void fourEyesTheFirstApproverCanNeitherClaimNorGiveTheSecondApproval() {
    openTask("secondTrusteeApproval", "trustee", null, "tom");
    assertThatThrownBy(() -> service.claim(TOM, "t1"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage(ReviewService.FOUR_EYES);
    assertThatThrownBy(
            () -> service.decide(TOM, "t1", ReviewInput.decision(ReviewOutcome.APPROVE, "")))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage(ReviewService.FOUR_EYES);
    verify(onboarding, never()).claim(anyString(), anyString());
    verify(onboarding, never()).complete(anyString(), anyString(), anyMap());
    // another trustee may
    service.claim(TINA, "t1");
    verify(onboarding).claim("t1", "tina");
  }

  @Test
  void fourEyesTheFirstApproverIsNotOfferedTheSecondApproval() {
    openTask("secondTrusteeApproval", "trustee", null, "tom");
    ReviewTask second = onboarding.reviewTask("t1").orElseThrow();
    when(onboarding.openReviewTasks(List.of("trustee"))).thenReturn(List.of(second));
    assertThat(service.inbox(TOM)).isEmpty();
    assertThat(service.openCount(TOM)).isZero();
    assertThat(service.inbox(TINA)).extracting(ReviewTaskView::taskId).containsExactly("t1");
    assertThat(service.openCount(TINA)).isEqualTo(1);
    // the task's own page still explains why tom may not act
    assertThat(service.task(TOM, "t1"))
        .hasValueSatisfying(v -> assertThat(v.fourEyesBlocked()).isTrue());
  }

  @Test
  void theValuerMustGiveAPlausibleFigure() {
    openTask("independentValuation", "valuer", null, null);
    assertThatThrownBy(
            () -> service.decide(VICTOR, "t1", ReviewInput.decision(ReviewOutcome.APPROVE, "")))
        .isInstanceOf(ValidationException.class)
        .hasMessage(ReviewService.APPRAISAL_REQUIRED);
    for (String bad : List.of("abc", "-100", "0")) {
      assertThatThrownBy(() -> service.decide(VICTOR, "t1", appraisal(bad)))
          .as(bad)
          .isInstanceOf(ValidationException.class);
    }
    // declared value is CNY 100.00: ten times more or less is refused as a likely typo
    assertThatThrownBy(() -> service.decide(VICTOR, "t1", appraisal("100000")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("implausible");
    verify(onboarding, never()).complete(anyString(), anyString(), anyMap());
    service.decide(VICTOR, "t1", appraisal("95.50"));
    verify(onboarding)
        .complete(
            eq("t1"),
            eq("victor"),
            org.mockito.ArgumentMatchers.argThat(
                m ->
                    "95.50".equals(m.get("appraisedValue"))
                        && "APPROVE".equals(m.get("decision"))));
  }

  @Test
  void onlyTheFirstTrusteeApprovalOfACopyrightMayOverrideTheValuation() {
    openTask("legalReview", "legal", null, null);
    assertThatThrownBy(
            () ->
                service.decide(
                    LENA,
                    "t1",
                    new ReviewInput(ReviewOutcome.APPROVE, "", null, null, "900", "because")))
        .isInstanceOf(ValidationException.class)
        .hasMessage(ReviewService.OVERRIDE_NOT_ALLOWED);
  }

  @Test
  void aTaskThatNeverExistedIsNotFoundNotAConflict() {
    when(onboarding.reviewTask("nope")).thenReturn(Optional.empty());
    when(onboarding.taskExisted("nope")).thenReturn(false);
    assertThatThrownBy(
            () -> service.decide(TOM, "nope", ReviewInput.decision(ReviewOutcome.APPROVE, "")))
        .isInstanceOf(NotFoundException.class)
        .hasMessage(String.format(ReviewService.NO_SUCH_TASK, "nope"));
    assertThatThrownBy(() -> service.claim(TOM, "nope")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> service.unclaim(TOM, "nope")).isInstanceOf(NotFoundException.class);
    verify(onboarding, never()).complete(anyString(), anyString(), anyMap());
  }

  @Test
  void aDecisionOnACompletedTaskIsAConflict() {
    when(onboarding.reviewTask("t1")).thenReturn(Optional.empty());
    when(onboarding.taskExisted("t1")).thenReturn(true);
    assertThatThrownBy(
            () -> service.decide(TOM, "t1", ReviewInput.decision(ReviewOutcome.APPROVE, "")))
        .isInstanceOf(ConflictException.class)
        .hasMessage(ReviewService.TASK_GONE);
    openTask("legalReview", "legal", null, null);
    when(decisions.decisionRecorded("t1")).thenReturn(true);
    assertThatThrownBy(
            () -> service.decide(LENA, "t1", ReviewInput.decision(ReviewOutcome.APPROVE, "")))
        .isInstanceOf(ConflictException.class);
    verify(onboarding, never()).complete(anyString(), anyString(), anyMap());
    verify(decisions, never()).add(any(TaskDecision.class));
  }

  @Test
  void anInvestorReviewGoesToTheInvestorsContextAndTakesNoValuationFigures() {
    Actor carl = new Actor("carl", "Carl", "trust", Set.of(Role.COMPLIANCE));
    when(onboarding.reviewTask("t2"))
        .thenReturn(
            Optional.of(
                new ReviewTask(
                    "t2",
                    "complianceReview",
                    "Compliance review",
                    "investor-onboarding",
                    "pi-2",
                    "INV-1",
                    List.of("compliance"),
                    null,
                    Instant.parse("2026-11-22T08:00:00Z"),
                    Instant.parse("2026-11-24T08:00:00Z"),
                    false,
                    null,
                    null)));
    assertThatThrownBy(
            () ->
                service.decide(
                    carl,
                    "t2",
                    new ReviewInput(ReviewOutcome.APPROVE, "", "100", null, null, null)))
        .isInstanceOf(ValidationException.class)
        .hasMessage(ReviewService.OVERRIDE_NOT_ALLOWED);
    verify(onboarding, never()).complete(anyString(), anyString(), anyMap());

    service.decide(carl, "t2", ReviewInput.decision(ReviewOutcome.APPROVE, ""));
    verify(onboarding).complete(eq("t2"), eq("carl"), anyMap());
    verify(assets, never()).find("INV-1");
  }

  private static ReviewInput appraisal(String amount) {
    return new ReviewInput(ReviewOutcome.APPROVE, "", amount, null, null, null);
  }
}
