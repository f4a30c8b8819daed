package org.cornerstone.registry.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.cornerstone.registry.domain.Instrument;
import org.cornerstone.registry.domain.RuleSetChange;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransferRuleServiceTest {
  static final Actor RITA = new Actor("rita", "Rita", "registrar", Set.of(Role.REGISTRAR));
  static final Actor TOM = new Actor("tom", "Tom", "trust", Set.of(Role.TRUSTEE));
  static final Actor BOTH = new Actor("bo", "Bo", "trust", Set.of(Role.REGISTRAR, Role.TRUSTEE));
  static final Actor IVAN = new Actor("ivan", "Ivan", "ivy", Set.of(Role.INVESTOR));

  final InMemoryInstruments repository = new InMemoryInstruments();
  final List<String> started = new ArrayList<>();
  final TransferRuleService service = new TransferRuleService();

  static final RuleSetView PRIVATE_PLACEMENT =
      new RuleSetView(
          0,
          List.of("QUALIFIED", "INSTITUTIONAL"),
          List.of("CN", "HK"),
          List.of(),
          200,
          100L,
          null,
          null,
          "P30D",
          false);

  @BeforeEach
  void setUp() {
    service.instruments = repository;
    service.clock = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);
    service.process =
        (changeId, instrumentId, proposedBy) -> {
          started.add(changeId + "/" + instrumentId + "/" + proposedBy);
          return "pi-1";
        };
    repository.add(
        Instrument.assetToken("RE-1", "harbour", Currency.getInstance("CNY"), Instant.EPOCH));
  }

  @Test
  void theRegistrarProposesATrusteeApprovesAndTheHistoryKeepsBothVersions() {
    RuleChangeView change = service.propose(RITA, "RE-1", PRIVATE_PLACEMENT, "private placement");
    assertThat(change.status()).isEqualTo("PROPOSED");
    assertThat(change.proposed().version()).isEqualTo(2);
    // it is the review's subject id, at most 32 characters (task_decision.subject_id)
    assertThat(change.id()).startsWith("RC-").hasSizeLessThanOrEqualTo(32);
    assertThat(started).containsExactly(change.id() + "/RE-1/rita");
    // not in force before the approval
    assertThat(service.current("RE-1").orElseThrow().version()).isEqualTo(1);

    service.decide(TOM, change.id(), true, null);

    var current = service.current("RE-1").orElseThrow();
    assertThat(current.version()).isEqualTo(2);
    assertThat(current.maxHolders().getAsInt()).isEqualTo(200);
    assertThat(current.holdingPeriod().toDays()).isEqualTo(30);
    assertThat(service.change(change.id()).orElseThrow().status()).isEqualTo("APPROVED");
    var history = repository.ruleSetVersions("RE-1");
    assertThat(history).hasSize(1); // version 1 was not recorded by this fixture
    assertThat(history.get(0).approvedBy()).contains("tom");
    assertThat(history.get(0).proposedBy()).contains("rita");
  }

  @Test
  void theProposerNeverDecides() {
    RuleChangeView change = service.propose(BOTH, "RE-1", PRIVATE_PLACEMENT, "why");
    assertThatThrownBy(() -> service.decide(BOTH, change.id(), true, null))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage(RuleSetChange.FOUR_EYES);
    assertThat(service.current("RE-1").orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void aRejectionKeepsTheRules() {
    RuleChangeView change = service.propose(RITA, "RE-1", PRIVATE_PLACEMENT, "why");
    service.decide(TOM, change.id(), false, "not now");
    assertThat(service.current("RE-1").orElseThrow().version()).isEqualTo(1);
    assertThat(service.change(change.id()).orElseThrow().status()).isEqualTo("REJECTED");
    assertThatThrownBy(() -> service.decide(TOM, change.id(), true, null))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void onlyTheRegistrarProposesOneChangeAtATimeWithAReasonAndAChange() {
    assertThatThrownBy(() -> service.propose(IVAN, "RE-1", PRIVATE_PLACEMENT, "x"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.propose(RITA, "RE-1", PRIVATE_PLACEMENT, " "))
        .isInstanceOf(ValidationException.class)
        .hasMessage(TransferRuleService.REASON_REQUIRED);
    RuleSetView same =
        new RuleSetView(0, List.of(), List.of(), List.of(), null, null, null, null, null, false);
    assertThatThrownBy(() -> service.propose(RITA, "RE-1", same, "x"))
        .hasMessage(TransferRuleService.NOTHING_CHANGES);
    RuleSetView bad =
        new RuleSetView(
            0, List.of("VIP"), List.of(), List.of(), 0, null, null, null, "soon", false);
    assertThatThrownBy(() -> service.propose(RITA, "RE-1", bad, "x"))
        .isInstanceOf(ValidationException.class)
        .hasMessage(RuleSetView.BAD_PERIOD);
    service.propose(RITA, "RE-1", PRIVATE_PLACEMENT, "first");
    assertThatThrownBy(() -> service.propose(RITA, "RE-1", PRIVATE_PLACEMENT, "second"))
        .isInstanceOf(ConflictException.class)
        .hasMessage(TransferRuleService.ALREADY_PROPOSED);
  }
}
