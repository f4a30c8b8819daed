package org.cornerstone.registry.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Map;
import org.cornerstone.registry.domain.Instrument;
import org.junit.jupiter.api.Test;

class InstrumentRegistryTest {
  private final InMemoryInstruments repository = new InMemoryInstruments();
  private final Map<String, Instrument> stored = repository.stored;
  private final InstrumentRegistry registry = new InstrumentRegistry();

  {
    registry.instruments = repository;
    registry.clock = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);
  }

  @Test
  void anAssetsTokensAreAnAssetTokenInstrumentOfItsIssuerAndCurrency() {
    String id = registry.assetToken("RE-000042", "harbour-realty", Currency.getInstance("CNY"));

    assertThat(id).isEqualTo("RE-000042");
    InstrumentView instrument = registry.instrument(id).orElseThrow();
    assertThat(instrument.kind()).isEqualTo("ASSET_TOKEN");
    assertThat(instrument.issuerOrganisation()).isEqualTo("harbour-realty");
    assertThat(instrument.unit()).isEqualTo("TOKEN");
    assertThat(instrument.currency()).isEqualTo("CNY");
    assertThat(instrument.transferRulesVersion()).isEqualTo(1);
    assertThat(instrument.transferRules().eligibleCategories()).isEmpty();
    assertThat(instrument.transferRules().maxHolders()).isNull();
    assertThat(instrument.transferRules().tradingHalted()).isFalse();
    // version 1 is the first entry of the rule-set history
    assertThat(repository.ruleSetVersions(id)).hasSize(1);
    assertThat(repository.ruleSetVersions(id).get(0).rules().isUnrestricted()).isTrue();
    assertThat(stored.get(id).createdAt()).isEqualTo(Instant.parse("2026-12-06T08:00:00Z"));
  }

  @Test
  void aRetriedTokenizationFindsTheSameInstrument() {
    String first = registry.assetToken("CR-000007", "harbour-realty", Currency.getInstance("CNY"));
    String again = registry.assetToken("CR-000007", "harbour-realty", Currency.getInstance("CNY"));

    assertThat(again).isEqualTo(first);
    assertThat(stored).hasSize(1);
  }

  @Test
  void anUnknownInstrumentIsEmpty() {
    assertThat(registry.instrument("nope")).isEmpty();
  }

  @Test
  void anInstrumentNeedsAnId() {
    assertThatThrownBy(
            () ->
                Instrument.assetToken(
                    " ", "harbour-realty", Currency.getInstance("CNY"), Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
