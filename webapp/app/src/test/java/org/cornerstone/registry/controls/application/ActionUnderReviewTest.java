package org.cornerstone.registry.controls.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cornerstone.ledgergateway.CashHolding;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.HoldingChange;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.registry.controls.domain.ActionEvidence;
import org.cornerstone.registry.controls.domain.ActionKind;
import org.cornerstone.registry.controls.domain.ActionStatus;
import org.cornerstone.registry.controls.domain.InstrumentPause;
import org.cornerstone.registry.controls.domain.IssuerAgentAction;
import org.cornerstone.registry.controls.domain.IssuerAgentActionRepository;
import org.cornerstone.review.application.ReviewInput;
import org.cornerstone.review.application.ReviewTask;
import org.cornerstone.review.domain.ReviewOutcome;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.junit.jupiter.api.Test;

class ActionUnderReviewTest {
  static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
  static final String HOLDER = "CN=Ivy, O=Ivy, L=Hong Kong, C=HK";
  static final Actor TOM = new Actor("tom", "Tom", "cornerstone-trust", Set.of(Role.TRUSTEE));

  /** A registrar who is also a trustee: still not the approver of their own request. */
  static final Actor RITA =
      new Actor("rita", "Rita", "cornerstone-operator", Set.of(Role.REGISTRAR, Role.TRUSTEE));

  final FakeActions actions = new FakeActions();
  final FakeRegister register = new FakeRegister();
  final ActionUnderReview subject =
      new ActionUnderReview(actions, register, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void reviewsOnlyTheIssuerAgentActionProcess() {
    assertThat(subject.reviews("issuer-agent-action")).isTrue();
    assertThat(subject.reviews("investor-onboarding")).isFalse();
  }

  @Test
  void theInboxDescribesTheActionWithItsRequester() {
    actions.add(freeze(), null);
    var description = subject.describe(task("a1")).orElseThrow();
    assertThat(description.kind()).isEqualTo(ActionUnderReview.KIND);
    assertThat(description.kindLabel()).isEqualTo("Freeze");
    assertThat(description.title()).isEqualTo("Freeze: 400 of RE-1, holder " + HOLDER);
    assertThat(description.requester()).isEqualTo("rita");
    assertThat(subject.describe(task("gone"))).isEmpty();
  }

  @Test
  void theRequesterCannotApproveEvenWhenAlsoATrustee() {
    actions.add(freeze(), null);
    assertThatThrownBy(
            () ->
                subject.apply(
                    RITA, task("a1"), ReviewInput.decision(ReviewOutcome.APPROVE, ""), "", vars()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage(IssuerAgentAction.FOUR_EYES);
    assertThat(actions.find("a1").orElseThrow().status()).isEqualTo(ActionStatus.REQUESTED);
  }

  @Test
  void aTrusteeApprovesAndTheDecisionIsRecordedOnTheAction() {
    actions.add(freeze(), null);
    subject.apply(TOM, task("a1"), ReviewInput.decision(ReviewOutcome.APPROVE, "ok"), "ok", vars());
    IssuerAgentAction action = actions.find("a1").orElseThrow();
    assertThat(action.status()).isEqualTo(ActionStatus.APPROVED);
    assertThat(action.decidedBy()).isEqualTo("tom");
    assertThat(action.decidedAt()).isEqualTo(NOW);
  }

  @Test
  void anActionCannotBeSentBack() {
    actions.add(freeze(), null);
    assertThatThrownBy(
            () ->
                subject.apply(
                    TOM,
                    task("a1"),
                    ReviewInput.decision(ReviewOutcome.SEND_BACK, "more"),
                    "more",
                    vars()))
        .isInstanceOf(ValidationException.class)
        .hasMessage(ActionUnderReview.APPROVE_OR_REJECT);
  }

  @Test
  void approvingARecoveryFixesTheQuantityToAllTheHolderHolds() {
    actions.add(
        IssuerAgentAction.request(
            "r1",
            "RE-1",
            ActionKind.RECOVERY,
            HOLDER,
            "CN=New, O=New, L=HK, C=HK",
            null,
            "lost keys",
            "rita",
            "Rita",
            NOW),
        null);
    register.holdings.add(new Holding("RE-1", PartyName.of(HOLDER), 700, 200));
    subject.apply(TOM, task("r1"), ReviewInput.decision(ReviewOutcome.APPROVE, ""), "", vars());
    assertThat(actions.find("r1").orElseThrow().quantity()).isEqualTo(700L);
  }

  static IssuerAgentAction freeze() {
    return IssuerAgentAction.request(
        "a1", "RE-1", ActionKind.FREEZE, HOLDER, null, 400L, "dispute", "rita", "Rita", NOW);
  }

  static ReviewTask task(String actionId) {
    return new ReviewTask(
        "t1",
        "trusteeApprovalOfAction",
        "Trustee approval of the action",
        "issuer-agent-action",
        "p1",
        actionId,
        List.of("trustee"),
        null,
        NOW,
        null,
        false,
        null,
        null);
  }

  static Map<String, Object> vars() {
    return new HashMap<>();
  }

  static class FakeActions implements IssuerAgentActionRepository {
    final Map<String, IssuerAgentAction> byId = new HashMap<>();

    @Override
    public void add(IssuerAgentAction action, ActionEvidence evidence) {
      byId.put(action.id(), action);
    }

    @Override
    public Optional<IssuerAgentAction> find(String actionId) {
      return Optional.ofNullable(byId.get(actionId));
    }

    @Override
    public Optional<IssuerAgentAction> findForUpdate(String actionId) {
      return find(actionId);
    }

    @Override
    public List<IssuerAgentAction> ofInstrument(String instrumentId) {
      return List.copyOf(byId.values());
    }

    @Override
    public List<IssuerAgentAction> all() {
      return List.copyOf(byId.values());
    }

    @Override
    public List<IssuerAgentAction> affecting(String party) {
      return List.of();
    }

    @Override
    public Optional<ActionEvidence> evidence(String actionId) {
      return Optional.empty();
    }

    @Override
    public Optional<InstrumentPause> pause(String instrumentId) {
      return Optional.empty();
    }

    @Override
    public Optional<InstrumentPause> pauseForUpdate(String instrumentId) {
      return Optional.empty();
    }

    @Override
    public void addPause(InstrumentPause pause) {}

    @Override
    public List<String> instrumentIds() {
      return List.of();
    }
  }

  static final class FakeRegister implements HoldingsRegister {
    final List<Holding> holdings = new ArrayList<>();

    @Override
    public List<Holding> holdingsOf(String instrumentId) {
      return holdings.stream().filter(h -> h.instrumentId().equals(instrumentId)).toList();
    }

    @Override
    public List<Holding> holdingsOfHolder(PartyName holder) {
      return List.of();
    }

    @Override
    public List<Holding> capTableAt(String instrumentId, Instant recordDate) {
      return List.of();
    }

    @Override
    public List<HoldingChange> historyOf(String instrumentId, PartyName holder) {
      return List.of();
    }

    @Override
    public List<CashHolding> cashOf(PartyName holder) {
      return List.of();
    }
  }
}
