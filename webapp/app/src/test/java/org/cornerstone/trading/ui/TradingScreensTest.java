package org.cornerstone.trading.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.trading.application.PricePoint;
import org.junit.jupiter.api.Test;

class TradingScreensTest {
  private static final Actor IVAN = new Actor("ivan", "Ivan", "Ivy", Set.of(Role.INVESTOR));

  @Test
  void aScreenFollowsItsMarketOnlyWhileOnScreen() {
    FakeMarket market = new FakeMarket();
    UI ui = new UI();
    Div view = new Div();
    MarketPush.follow(view, market, () -> List.of(FakeMarket.INSTRUMENT), () -> {});
    assertThat(market.listeners(FakeMarket.INSTRUMENT)).isZero();

    ui.add(view);
    assertThat(market.listeners(FakeMarket.INSTRUMENT)).isEqualTo(1);

    ui.remove(view);
    assertThat(market.listeners(FakeMarket.INSTRUMENT)).isZero();
  }

  @Test
  void aServiceRefusalBecomesTheServicesOwnSentences() {
    Translations.install();
    Div where = new Div();
    assertThat(MarketErrors.messages(where, new ValidationException(List.of("A.", "B."))))
        .containsExactly("A.", "B.");
    assertThat(MarketErrors.messages(where, new ConflictException("Not enough tokens.")))
        .singleElement()
        .asString()
        .isEqualTo("Refused: Not enough tokens.");
    // wrapped by a container, still the refusal itself
    assertThat(
            MarketErrors.messages(
                where,
                new RuntimeException(new AccessDeniedException("Only trustees run operations."))))
        .singleElement()
        .asString()
        .contains("Only trustees run operations.");
    // anything else: no internals shown
    assertThat(MarketErrors.messages(where, new IllegalStateException("NPE at Foo.java:12")))
        .singleElement()
        .asString()
        .doesNotContain("Foo.java")
        .contains("could not do this");
    Translations.clear();
  }

  @Test
  void ticketInputReadsPricesAndWholeQuantitiesOnly() {
    assertThat(TicketInput.decimal(" 25.10 ")).isEqualTo("25.10");
    assertThat(TicketInput.decimal("1,025.5")).isEqualTo("1025.5");
    assertThat(TicketInput.decimal("0")).isNull();
    assertThat(TicketInput.decimal("-1")).isNull();
    assertThat(TicketInput.decimal("1e3")).isNull();
    assertThat(TicketInput.decimal("")).isNull();
    assertThat(TicketInput.wholeNumber("1,000")).isEqualTo(1000L);
    assertThat(TicketInput.wholeNumber("2.5")).isNull();
    assertThat(TicketInput.wholeNumber("abc")).isNull();
  }

  @Test
  void theChartGetsItsBarsAsJsonWithPricesAsDecimals() {
    String json =
        PriceChart.json(
            List.of(
                new PricePoint(
                    Instant.parse("2026-12-06T09:00:00Z"), "8.00", "8.20", "7.95", "8.10", 30)));
    assertThat(json)
        .isEqualTo(
            "[{\"t\":\"12-06 09:00\",\"o\":\"8.00\",\"h\":\"8.20\",\"l\":\"7.95\",\"c\":\"8.10\",\"v\":30}]");
    assertThat(PriceChart.json(List.of())).isEqualTo("[]");
    assertThatThrownBy(
            () ->
                PriceChart.json(
                    List.of(new PricePoint(Instant.EPOCH, "8\"};alert(1)", "1", "1", "1", 1))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void operationsShowTheReconciliationAndItsDifferences() {
    FakeMarket market = new FakeMarket();
    Actor tom = new Actor("tom", "Tom", "Trust", Set.of(Role.TRUSTEE));
    UI.setCurrent(new UI());
    try {
      var report = market.reconcile(tom);
      assertThat(report.differences()).singleElement().asString().contains("Trade 1");
      assertThatThrownBy(() -> market.reconcile(IVAN)).isInstanceOf(AccessDeniedException.class);
    } finally {
      UI.setCurrent(null);
    }
  }
}
