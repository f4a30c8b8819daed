package org.cornerstone.registry.controls.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cornerstone.ledgergateway.ForcedTransfer;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.HoldingControls;
import org.cornerstone.ledgergateway.HoldingFreeze;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.TokenTransfer;
import org.cornerstone.ledgergateway.Transfers;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.registry.application.InstrumentRegistry;
import org.cornerstone.registry.application.InstrumentView;
import org.cornerstone.registry.controls.application.ActionUnderReviewTest.FakeActions;
import org.cornerstone.registry.controls.application.ActionUnderReviewTest.FakeRegister;
import org.cornerstone.registry.controls.domain.ActionKind;
import org.cornerstone.registry.controls.domain.IssuerAgentAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 11: a recovery to a new identity moves the tokens and keeps the frozen part frozen. */
class IssuerAgentActionStepsServiceTest {
  static final Instant NOW = ActionUnderReviewTest.NOW;
  static final String IVY = ActionUnderReviewTest.HOLDER;
  static final String IVY_NEW = "CN=Ivy New, O=Ivy New, L=Hong Kong, C=HK";

  final FakeActions actions = new FakeActions();
  final FakeRegister register = new FakeRegister();
  final List<ForcedTransfer> moves = new ArrayList<>();
  final List<HoldingFreeze> freezes = new ArrayList<>();
  final IssuerAgentActionStepsService steps = new IssuerAgentActionStepsService();

  @BeforeEach
  void wire() {
    steps.actions = actions;
    steps.register = register;
    steps.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    steps.transfers =
        new Transfers() {
          @Override
          public LedgerReceipt transfer(TokenTransfer transfer) {
            throw new AssertionError("not a holder's transfer");
          }

          @Override
          public LedgerReceipt forceTransfer(ForcedTransfer transfer) {
            moves.add(transfer);
            // the ledger after the move: everything with the recipient, frozen only when the
            // forced transfer carries the freeze (a recovery)
            long frozen =
                transfer.carryFreeze()
                    ? register.holdings.stream()
                        .filter(h -> h.holder().equals(transfer.from()))
                        .mapToLong(Holding::frozenQuantity)
                        .sum()
                    : 0;
            register.holdings.removeIf(h -> h.holder().equals(transfer.from()));
            register.holdings.add(
                new Holding(transfer.instrumentId(), transfer.to(), transfer.quantity(), frozen));
            return new LedgerReceipt("SHA-256:move", NOW);
          }
        };
    steps.controls =
        new HoldingControls() {
          @Override
          public LedgerReceipt freeze(HoldingFreeze freeze) {
            freezes.add(freeze);
            return new LedgerReceipt("SHA-256:freeze", NOW);
          }

          @Override
          public LedgerReceipt unfreeze(HoldingFreeze unfreeze) {
            throw new AssertionError("no unfreeze");
          }
        };
    steps.instruments =
        new InstrumentRegistry() {
          @Override
          public Optional<InstrumentView> instrument(String instrumentId) {
            return Optional.of(
                new InstrumentView(
                    instrumentId, "ASSET_TOKEN", "harbour", "TOKEN", "CNY", 1, null));
          }
        };
    steps.directory =
        new UserDirectory() {
          @Override
          public Optional<OrganisationView> organisation(String organisationId) {
            return Optional.of(
                new OrganisationView("harbour", "Harbour", "CN=Harbour, O=Harbour, L=SZ, C=CN"));
          }

          @Override
          public Optional<OrganisationView> operator() {
            return Optional.of(
                new OrganisationView("reg", "Registrar", "CN=Registrar, O=Registrar, L=BJ, C=CN"));
          }
        };
  }

  private IssuerAgentAction approved(ActionKind kind, Long quantity) {
    IssuerAgentAction action =
        IssuerAgentAction.request(
            "a7", "RE-1", kind, IVY, IVY_NEW, quantity, "lost keys", "rita", "Rita", NOW);
    action.approve("tom", "Tom", "ok", NOW);
    actions.byId.put(action.id(), action);
    return action;
  }

  @Test
  void aRecoveryCarriesTheFreezeToTheNewIdentityInTheSameLedgerTransaction() {
    register.holdings.add(new Holding("RE-1", PartyName.of(IVY), 200, 50));
    approved(ActionKind.RECOVERY, null);

    steps.execute("a7");

    assertThat(moves)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.quantity()).isEqualTo(200);
              assertThat(m.carryFreeze()).isTrue();
              assertThat(m.to()).isEqualTo(PartyName.of(IVY_NEW));
              assertThat(m.requestKey().value()).isEqualTo("action-a7.execute");
              assertThat(m.reason()).startsWith(IssuerAgentActionStepsService.RECOVERY);
            });
    // no second ledger command: the freeze moved with the tokens
    assertThat(freezes).isEmpty();
    assertThat(register.holdings)
        .containsExactly(new Holding("RE-1", PartyName.of(IVY_NEW), 200, 50));
    // run again (a retried step): nothing moves twice
    steps.execute("a7");
    assertThat(moves).hasSize(1);
  }

  @Test
  void aForcedTransferDoesNotCarryAFreeze() {
    register.holdings.add(new Holding("RE-1", PartyName.of(IVY), 200, 50));
    approved(ActionKind.FORCED_TRANSFER, 20L);
    steps.execute("a7");
    assertThat(moves).singleElement().satisfies(m -> assertThat(m.carryFreeze()).isFalse());
    assertThat(freezes).isEmpty();
  }
}
