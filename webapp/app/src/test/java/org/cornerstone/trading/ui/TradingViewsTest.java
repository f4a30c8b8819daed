package org.cornerstone.trading.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.stream.Stream;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;
import org.cornerstone.trading.application.OrderTicket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The screens built on the in-memory market, as far as they go without a browser. */
class TradingViewsTest {
  private static final Actor IVAN = new Actor("ivan", "Ivan", "Ivy", Set.of(Role.INVESTOR));
  private static final Actor IRIS = new Actor("iris", "Iris", "Own", Set.of(Role.INVESTOR));
  private static final Actor TOM = new Actor("tom", "Tom", "Trust", Set.of(Role.TRUSTEE));
  private final FakeMarket market = new FakeMarket();

  @AfterEach
  void tearDown() {
    Translations.clear();
  }

  @Test
  void theMarketScreenShowsTheBookByPriceLevelAndOnlyMyOrders() {
    market.submit(IVAN, new OrderTicket("DEMO-1", "SELL", "8.10", 10, "GTC", "a"));
    market.submit(IVAN, new OrderTicket("DEMO-1", "SELL", "8.10", 5, "GTC", "b"));
    market.submit(IRIS, new OrderTicket("DEMO-1", "BUY", "7.90", 3, "GTC", "c"));
    Translations.signIn(IVAN);

    InstrumentMarketView view = new InstrumentMarketView(market);
    view.show("DEMO-1");

    assertThat(view.asks().getListDataView().getItems())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.price()).isEqualTo("8.10");
              assertThat(l.quantity()).isEqualTo(15);
              assertThat(l.orders()).isEqualTo(2);
            });
    assertThat(view.bids().getListDataView().getItems())
        .singleElement()
        .extracting(l -> l.quantity())
        .isEqualTo(3L);
    assertThat(view.myOrders().getListDataView().getItems())
        .hasSize(2)
        .allMatch(o -> o.owner().equals("ivan"));
    assertThat(texts(view)).anyMatch(t -> t.contains("Harbour Tower (demo) (DEMO-1)"));
  }

  @Test
  void theInstrumentsRulesAreShownInThePagesLanguage() {
    Translations.signIn(IVAN).setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
    InstrumentMarketView view = new InstrumentMarketView(market);
    view.show("DEMO-1");
    assertThat(texts(view)).contains("允许的投资者类别: QUALIFIED", "暂停交易");
    assertThat(texts(view)).noneMatch(t -> t.contains("Investor categories"));
  }

  @Test
  void aTrusteeSeesTheMarketButNoTicket() {
    Translations.signIn(TOM);
    InstrumentMarketView view = new InstrumentMarketView(market);
    view.show("DEMO-1");
    assertThat(view.ticket().getParent()).isEmpty();
  }

  @Test
  void anUnknownInstrumentIsToldNotThrown() {
    Translations.signIn(IVAN);
    InstrumentMarketView view = new InstrumentMarketView(market);
    view.show("NOPE");
    assertThat(view.shown()).isNull();
  }

  @Test
  void haltingNeedsAReason() {
    Translations.signIn(TOM);
    MarketOperationsView view = new MarketOperationsView(market);
    button(view, "ops-halt").click();
    assertThat(market.markets(TOM).get(0).status()).isEqualTo("OPEN");
    TextField reason = (TextField) find(view, "ops-reason");
    assertThat(reason.isInvalid()).isTrue();

    reason.setValue("Price-sensitive news pending");
    button(view, "ops-halt").click();
    assertThat(market.markets(TOM).get(0).status()).isEqualTo("HALTED");
  }

  @Test
  void theReconciliationListsEachDifference() {
    Translations.signIn(TOM);
    MarketOperationsView view = new MarketOperationsView(market);
    button(view, "ops-reconcile").click();
    assertThat(((HasText) find(view, "ops-reconciliation-verdict")).getText())
        .isEqualTo("1 differences");
    assertThat(texts(find(view, "ops-reconciliation-differences")))
        .anyMatch(t -> t.contains("Trade 1 is not settled"));

    market.retrySettlement(TOM, 1); // the grid's retry button is drawn in the browser only
    button(view, "ops-reconcile").click();
    assertThat(((HasText) find(view, "ops-reconciliation-verdict")).getText()).contains("agree");
  }

  @Test
  void theParametersFormChangesTheMarketAndListsTheChange() {
    Translations.signIn(TOM);
    MarketOperationsView view = new MarketOperationsView(market);
    assertThat(((HasText) find(view, "params-current")).getText())
        .contains("5 bps (0.05 %)")
        .contains("rounded half up to the cent");
    ((TextField) find(view, "params-tick")).setValue("0.05");
    ((com.vaadin.flow.component.textfield.IntegerField) find(view, "params-fee")).setValue(8);
    ((TextField) find(view, "params-reason")).setValue("coarser tick");
    button(view, "params-save").click();
    assertThat(market.parameters(TOM, FakeMarket.INSTRUMENT).feeBps()).isEqualTo(8);
    assertThat(((HasText) find(view, "params-current")).getText()).contains("CNY 0.05");
    @SuppressWarnings("unchecked")
    var changes =
        (com.vaadin.flow.component.grid.Grid<
                org.cornerstone.trading.application.MarketParametersView.Change>)
            find(view, "params-changes");
    var change = changes.getListDataView().getItems().findFirst().orElseThrow();
    assertThat(change.changedBy()).isEqualTo("tom");
    assertThat(change.oldTickSize() + " → " + change.newTickSize()).isEqualTo("0.01 → 0.05");
    assertThat(change.oldFeeBps() + " → " + change.newFeeBps()).isEqualTo("5 → 8");

    // a band out of 1..50 %: refused with the market's message, nothing recorded
    ((com.vaadin.flow.component.textfield.IntegerField) find(view, "params-band")).setValue(60);
    button(view, "params-save").click();
    assertThat(changes.getListDataView().getItems().count()).isEqualTo(1);
    assertThat(market.parameters(TOM, FakeMarket.INSTRUMENT).bandPercent()).isEqualTo(10);
  }

  @Test
  void theParametersFormCannotBeSavedWithoutAnInstrument() {
    Translations.signIn(TOM);
    MarketParametersPanel panel = new MarketParametersPanel(market, TOM);
    panel.show(null);
    assertThat(button(panel, "params-save").isEnabled()).isFalse();
    panel.show(FakeMarket.INSTRUMENT);
    assertThat(button(panel, "params-save").isEnabled()).isTrue();
  }

  private static com.vaadin.flow.component.button.Button button(Component root, String id) {
    return (com.vaadin.flow.component.button.Button) find(root, id);
  }

  private static Component find(Component root, String id) {
    return all(root)
        .filter(c -> c.getId().filter(id::equals).isPresent())
        .findFirst()
        .orElseThrow(() -> new AssertionError("No component " + id));
  }

  private static Stream<Component> all(Component root) {
    return Stream.concat(Stream.of(root), root.getChildren().flatMap(TradingViewsTest::all));
  }

  private static Stream<String> texts(Component root) {
    return all(root).filter(HasText.class::isInstance).map(c -> ((HasText) c).getText());
  }
}
