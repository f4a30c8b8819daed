package org.cornerstone.registry.controls.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.registry.controls.application.ActionUnderReviewTest.FakeActions;
import org.cornerstone.registry.controls.application.ActionUnderReviewTest.FakeRegister;
import org.cornerstone.registry.controls.domain.ActionKind;
import org.cornerstone.registry.controls.domain.InstrumentPause;
import org.cornerstone.registry.controls.domain.IssuerAgentAction;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HolderTransfersTest {
  static final String HOLDER = "CN=Harbour, O=Harbour, L=Shenzhen, C=CN";
  static final Instant AT = Instant.parse("2026-12-06T08:00:00Z");
  static final Actor OLIVIA = new Actor("olivia", "Olivia", "harbour", Set.of(Role.ORIGINATOR));

  final InstrumentPause pause = new InstrumentPause("RE-1");
  final FakeActions actions =
      new FakeActions() {
        @Override
        public Optional<InstrumentPause> pause(String instrumentId) {
          return instrumentId.equals("RE-1") && pause.reason() != null
              ? Optional.of(pause)
              : Optional.empty();
        }

        @Override
        public List<IssuerAgentAction> affecting(String party) {
          return byId.values().stream().filter(a -> party.equals(a.holder())).toList();
        }
      };
  final FakeRegister register = new FakeRegister();
  final HolderTransfers transfers = new HolderTransfers();

  @BeforeEach
  void wire() {
    transfers.actions = actions;
    transfers.register = register;
    transfers.pauses = new InstrumentPauses(actions);
    transfers.directory =
        new UserDirectory() {
          @Override
          public Optional<String> ledgerIdentity(Actor actor) {
            return Optional.of(HOLDER);
          }
        };
    register.holdings.add(new Holding("RE-1", PartyName.of(HOLDER), 1000, 400));
  }

  @Test
  void unfrozenTokensMayMove() {
    assertThat(transfers.check(OLIVIA, "RE-1", 600)).isEmpty();
  }

  @Test
  void frozenTokensAreRefusedWithTheRegistrarsReason() {
    IssuerAgentAction freeze =
        IssuerAgentAction.request(
            "f1",
            "RE-1",
            ActionKind.FREEZE,
            HOLDER,
            null,
            400L,
            "Court order 7",
            "rita",
            "Rita",
            AT);
    freeze.approve("tom", "Tom", "", AT);
    freeze.executed("SHA-256:aa", null, AT);
    actions.add(freeze, null);

    List<HolderTransfers.Refusal> refusals = transfers.check(OLIVIA, "RE-1", 601);

    assertThat(refusals)
        .extracting(HolderTransfers.Refusal::code)
        .containsExactly("HOLDING_FROZEN");
    assertThat(refusals.get(0).message())
        .contains("400 of your 1000 tokens")
        .contains("600 can move")
        .endsWith("Reason: Court order 7");
  }

  @Test
  void aPausedInstrumentRefusesEveryTransferAndEveryReasonIsGiven() {
    pause.set(true, "rita", "Market abuse inquiry", AT, "p1");

    assertThat(transfers.check(OLIVIA, "RE-1", 1))
        .extracting(HolderTransfers.Refusal::code)
        .containsExactly(InstrumentPauses.INSTRUMENT_PAUSED);
    assertThat(transfers.check(OLIVIA, "RE-1", 700))
        .extracting(HolderTransfers.Refusal::code)
        .containsExactly(InstrumentPauses.INSTRUMENT_PAUSED, HolderTransfers.HOLDING_FROZEN);
    assertThat(transfers.check(OLIVIA, "RE-1", 1001))
        .extracting(HolderTransfers.Refusal::code)
        .containsExactly(InstrumentPauses.INSTRUMENT_PAUSED, HolderTransfers.INSUFFICIENT_HOLDING);

    pause.set(false, "rita", "Inquiry closed", AT, "p2");
    assertThat(transfers.check(OLIVIA, "RE-1", 1)).isEmpty();
    assertThat(new InstrumentPauses(actions).paused("RE-1")).isFalse();
  }
}
