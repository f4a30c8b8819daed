package org.cornerstone.registry.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.registry.application.TransferRuleServiceTest.PRIVATE_PLACEMENT;
import static org.cornerstone.registry.application.TransferRuleServiceTest.RITA;
import static org.cornerstone.registry.application.TransferRuleServiceTest.TOM;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.RuleSetPublished;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.registry.domain.Instrument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What reaches the ledger port when a rule set is published. */
class RuleSetPublisherTest {
  static final String REGISTRAR_X500 =
      "CN=Cornerstone Registrar, O=Cornerstone Registrar, L=Beijing, C=CN";

  final InMemoryInstruments repository = new InMemoryInstruments();
  final TransferRuleService service = new TransferRuleService();
  final List<RuleSetPublished> published = new ArrayList<>();
  RuleSetPublisher publisher;

  @BeforeEach
  void setUp() {
    service.instruments = repository;
    service.clock = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);
    service.process = (changeId, instrumentId, proposedBy) -> "pi-1";
    repository.add(
        Instrument.assetToken("RE-1", "harbour", Currency.getInstance("CNY"), Instant.EPOCH));
    UserDirectory directory = mock(UserDirectory.class);
    when(directory.operator())
        .thenReturn(Optional.of(new OrganisationView("registrar", "Registrar", REGISTRAR_X500)));
    publisher =
        new RuleSetPublisher(
            repository,
            directory,
            request -> {
              published.add(request);
              return new LedgerReceipt("tx-" + published.size(), Instant.EPOCH);
            });
  }

  @Test
  void anApprovedChangePublishesTheRulesInForceUnderTheChangesKey() {
    RuleChangeView change = service.propose(RITA, "RE-1", PRIVATE_PLACEMENT, "private placement");
    service.decide(TOM, change.id(), true, null);

    assertThat(publisher.publishRuleSet(change.id())).isEqualTo("tx-1");

    RuleSetPublished request = published.get(0);
    assertThat(request.requestKey().value()).isEqualTo("rules-" + change.id() + ".publish");
    assertThat(request.instrumentId()).isEqualTo("RE-1");
    assertThat(request.registrar().x500()).isEqualTo(REGISTRAR_X500);
    assertThat(request.version()).isEqualTo(2);
    assertThat(request.allowedCountries()).containsExactly("CN", "HK");
    assertThat(request.deniedCountries()).isEmpty();
    assertThat(request.maxHolders()).isEqualTo(200);
    assertThat(request.minHolding()).isEqualTo(100);
    assertThat(request.maxHolding()).isZero();
    assertThat(request.holdingPeriodSeconds()).isEqualTo(30L * 24 * 3600);
    assertThat(request.lockedUntil()).isNull();
    assertThat(request.tradingHalted()).isFalse();
  }

  @Test
  void aChangeNotApprovedIsNotPublished() {
    RuleChangeView proposed = service.propose(RITA, "RE-1", PRIVATE_PLACEMENT, "why");
    assertThatThrownBy(() -> publisher.publishRuleSet(proposed.id()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PROPOSED");
    service.decide(TOM, proposed.id(), false, "not now");
    assertThatThrownBy(() -> publisher.publishRuleSet(proposed.id()))
        .hasMessageContaining("REJECTED");
    assertThat(published).isEmpty();
  }

  @Test
  void theFirstRuleSetIsPublishedWithoutLimitsUnderTheInstrumentsKey() {
    assertThat(publisher.publishInitial("RE-1")).isEqualTo("tx-1");

    RuleSetPublished request = published.get(0);
    assertThat(request.requestKey().value()).isEqualTo("rules-RE-1-v1.publish");
    assertThat(request.version()).isEqualTo(1);
    assertThat(request.maxHolders()).isZero();
    assertThat(request.allowedCountries()).isEmpty();
    assertThat(request.holdingPeriodSeconds()).isZero();
  }
}
