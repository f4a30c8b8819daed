package org.cornerstone.trading.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;
import org.cornerstone.trading.application.MarketSummary;
import org.cornerstone.trading.application.OrderEvent;
import org.cornerstone.trading.application.OrderTicket;
import org.cornerstone.trading.application.OrderView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Helper tplus: the halt/pause reason on the screens, the order history dialog, and the screens
 * that follow every market, on the in-memory market.
 */
class OrderHistoryViewsTest {
  private static final Actor IVAN = new Actor("ivan", "Ivan", "Ivy", Set.of(Role.INVESTOR));
  private static final Actor IRIS = new Actor("iris", "Iris", "Own", Set.of(Role.INVESTOR));
  private static final Actor TOM = new Actor("tom", "Tom", "Trust", Set.of(Role.TRUSTEE));
  private final FakeMarket market = new FakeMarket();

  @AfterEach
  void tearDown() {
    Translations.clear();
  }

  @Test
  void theHaltReasonIsOnTheMarketsListAndTheMarketScreen() {
    market.halt(TOM, FakeMarket.INSTRUMENT, "Price-sensitive news pending");
    Translations.signIn(IVAN);
    MarketsView list = new MarketsView(market);
    assertThat(list.shown())
        .singleElement()
        .extracting(MarketSummary::statusReason)
        .isEqualTo("Price-sensitive news pending");

    InstrumentMarketView screen = new InstrumentMarketView(market);
    screen.show(FakeMarket.INSTRUMENT);
    Component reason = find(screen, "market-status-reason");
    assertThat(reason.isVisible()).isTrue();
    assertThat(((HasText) reason).getText()).isEqualTo("Reason: Price-sensitive news pending");

    market.resume(TOM, FakeMarket.INSTRUMENT);
    market.pause("Issuer's agent: disclosure pending");
    screen.show(FakeMarket.INSTRUMENT);
    assertThat(((HasText) reason).getText())
        .isEqualTo("Reason: Issuer's agent: disclosure pending");
    market.pause(null);
    screen.show(FakeMarket.INSTRUMENT);
    assertThat(reason.isVisible()).isFalse();
  }

  @Test
  void theMarketsListFollowsEveryMarketWhileOnScreenAndShowsNewInstruments() {
    UI ui = Translations.signIn(IVAN);
    MarketsView list = new MarketsView(market);
    assertThat(market.allListeners()).isZero();
    ui.add(list);
    assertThat(market.allListeners()).isEqualTo(1);
    assertThat(market.listeners(FakeMarket.INSTRUMENT)).isZero(); // one subscription for all

    market.announce(
        new MarketSummary("NEW-2", "Riverside Mall", "CNY", "OPEN", null, null, null, null));
    list.refresh(); // what the push runs (UI.access needs a live session, not here)
    assertThat(list.shown()).extracting(MarketSummary::instrumentId).contains("NEW-2");

    ui.remove(list);
    assertThat(market.allListeners()).isZero();
  }

  @Test
  void myOrdersAndTradesFollowEveryMarketOnlyWhileOnScreen() {
    UI ui = new UI();
    com.vaadin.flow.component.html.Div view = new com.vaadin.flow.component.html.Div();
    MarketPush.followAll(view, market, () -> {});
    assertThat(market.allListeners()).isZero();
    ui.add(view);
    assertThat(market.allListeners()).isEqualTo(1);
    ui.remove(view);
    assertThat(market.allListeners()).isZero();
  }

  @Test
  void theHistoryDialogShowsTheOrdersLifeToItsOwnerAndTheTrusteeOnly() {
    OrderView sell = market.submit(IVAN, new OrderTicket("DEMO-1", "SELL", "8.10", 10, "GTC", "a"));
    market.submit(IRIS, new OrderTicket("DEMO-1", "BUY", "8.10", 4, "GTC", "b"));
    market.amend(IVAN, sell.orderId(), "8.20", 5);
    market.cancelAll(TOM, FakeMarket.INSTRUMENT, "Suspected manipulation");

    Translations.signIn(TOM);
    MarketOperationsView ops = new MarketOperationsView(market);
    Dialog dialog = OrderHistory.dialog(ops, market, TOM, sell.orderId()).orElseThrow();
    @SuppressWarnings("unchecked")
    Grid<OrderEvent> grid = (Grid<OrderEvent>) find(dialog, "order-history-grid");
    List<OrderEvent> events = grid.getListDataView().getItems().toList();
    assertThat(events)
        .extracting(OrderEvent::kind)
        .containsExactly("ENTERED", "FILLED", "AMENDED", "CANCELLED");
    assertThat(events.get(3).reason()).contains("Suspected manipulation");
    assertThat(dialog.getHeaderTitle()).isEqualTo("History of order " + sell.orderId());
    assertThat(OrderHistory.kind(ops, "CANCELLED")).isEqualTo("Cancelled");
    assertThat(OrderHistory.kind(ops, "SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");

    Translations.signIn(IVAN);
    InstrumentMarketView mine = new InstrumentMarketView(market);
    assertThat(OrderHistory.dialog(mine, market, IVAN, sell.orderId())).isPresent();
    // another investor is refused (told, no dialog); an unknown order likewise
    Translations.signIn(IRIS);
    InstrumentMarketView hers = new InstrumentMarketView(market);
    assertThat(OrderHistory.dialog(hers, market, IRIS, sell.orderId())).isEmpty();
    assertThat(OrderHistory.dialog(hers, market, IRIS, 999)).isEmpty();
  }

  private static Component find(Component root, String id) {
    return all(root)
        .filter(c -> c.getId().filter(id::equals).isPresent())
        .findFirst()
        .orElseThrow(() -> new AssertionError("No component " + id));
  }

  private static Stream<Component> all(Component root) {
    return Stream.concat(Stream.of(root), root.getChildren().flatMap(OrderHistoryViewsTest::all));
  }
}
