package org.cornerstone.trading.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasText;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;
import org.cornerstone.trading.application.OrderPreCheck;
import org.cornerstone.trading.application.OrderTicket;
import org.cornerstone.trading.application.OrderView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderTicketFormTest {
  static final Actor IVAN = new Actor("ivan", "Ivan", "Ivy", Set.of(Role.INVESTOR));
  static final Actor TOM = new Actor("tom", "Tom", "Trust", Set.of(Role.TRUSTEE));

  private final FakeMarket market =
      new FakeMarket(Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC));
  private final List<OrderView> sent = new ArrayList<>();
  private OrderTicketForm ticket;

  @BeforeEach
  void setUp() {
    Translations.install(); // texts from the bundles; notifications open in the current UI
    ticket = new OrderTicketForm(market, IVAN, sent::add);
    ticket.setRules(market.market(IVAN, FakeMarket.INSTRUMENT, 10));
  }

  @AfterEach
  void tearDown() {
    Translations.clear();
  }

  private List<String> reasons() {
    return ticket.reasons().getChildren().map(c -> ((HasText) c).getText()).toList();
  }

  @Test
  void aSellOfMoreTokensThanHeldShowsWhyBeforeSendingAndCannotBeSent() {
    ticket.side().setValue("SELL");
    ticket.price().setValue("8.00");
    ticket.quantity().setValue("150");

    assertThat(reasons()).singleElement().asString().startsWith("INSUFFICIENT_TOKENS");
    assertThat(ticket.reserve().getText()).contains("150").contains("100");
    assertThat(ticket.sendButton().isEnabled()).isFalse();
  }

  @Test
  void aBuyShowsTheCashItWillReserveAndMaySend() {
    ticket.side().setValue("BUY");
    ticket.price().setValue("8.10");
    ticket.quantity().setValue("10");

    assertThat(reasons()).isEmpty();
    // 81.00 + the fee 5 bps of 81.00 = 0.0405 → 0.04 (half up to the cent)
    assertThat(ticket.reserve().getText())
        .contains("CNY 81.04")
        .contains("estimated fee CNY 0.04")
        .contains("CNY 5000.00");
    assertThat(ticket.sendButton().isEnabled()).isTrue();
  }

  @Test
  void everyRefusalOfThePreCheckIsListed() {
    ticket.side().setValue("BUY");
    ticket.price().setValue("12.00"); // outside the 10 % band
    ticket.quantity().setValue("1000"); // CNY 12,000 > 5,000

    assertThat(reasons())
        .hasSize(2)
        .anyMatch(r -> r.startsWith("PRICE_OUTSIDE_BAND"))
        .anyMatch(r -> r.startsWith("INSUFFICIENT_CASH"));
    assertThat(ticket.sendButton().isEnabled()).isFalse();
  }

  @Test
  void aMalformedPriceOrQuantityIsMarkedWithoutAskingTheMarket() {
    ticket.price().setValue("8,00.1x");
    ticket.quantity().setValue("-3");

    assertThat(ticket.price().isInvalid()).isTrue();
    assertThat(ticket.quantity().isInvalid()).isTrue();
    assertThat(ticket.reserve().getText()).isEmpty();
    assertThat(ticket.sendButton().isEnabled()).isFalse();
  }

  @Test
  void aPriceOffTheTickIsRefusedWithTheMarketsOwnWords() {
    ticket.price().setValue("8.005");
    ticket.quantity().setValue("1");

    assertThat(reasons()).singleElement().asString().contains("0.01");
    assertThat(ticket.sendButton().isEnabled()).isFalse();
  }

  @Test
  void aDoubleClickEntersOneOrderAndTheNextOrderGetsAFreshKey() {
    ticket.side().setValue("SELL");
    ticket.price().setValue("8.00");
    ticket.quantity().setValue("5");
    String key = ticket.clientOrderKey();

    ticket.sendButton().click();
    ticket.sendButton().click();

    assertThat(market.myOrders(IVAN)).hasSize(1);
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).quantity()).isEqualTo(5);

    ticket.quantity().setValue("5"); // the very same order again is a new order
    assertThat(ticket.clientOrderKey()).isNotEqualTo(key);
    ticket.sendButton().click();
    assertThat(market.myOrders(IVAN)).hasSize(2);
  }

  @Test
  void theSameIntendedOrderKeepsItsKeyAndAChangedOneGetsANewKey() {
    List<String> keys = new ArrayList<>();
    KeyRecorder recorder = new KeyRecorder(keys);
    OrderTicketForm form = new OrderTicketForm(recorder, IVAN, o -> {});
    form.setRules(market.market(IVAN, FakeMarket.INSTRUMENT, 10));
    form.price().setValue("8.00");
    form.quantity().setValue("5");
    form.timeInForce().setValue("GTC"); // unchanged: no new check
    form.side().setValue("SELL");
    form.side().setValue("BUY"); // back to the first ticket: a different intention each time
    form.sendButton().click();

    assertThat(keys).hasSize(4);
    assertThat(keys.get(3)).isEqualTo(recorder.submitted);
    assertThat(keys.stream().distinct()).hasSize(3);
  }

  @Test
  void aHaltedMarketTakesNoOrders() {
    market.halt(TOM, FakeMarket.INSTRUMENT, "news pending");
    ticket.setRules(market.market(IVAN, FakeMarket.INSTRUMENT, 10));
    ticket.price().setValue("8.00");
    ticket.quantity().setValue("1");

    assertThat(ticket.sendButton().isEnabled()).isFalse();
    assertThat(reasons()).anyMatch(r -> r.startsWith("MARKET_HALTED"));
  }

  @Test
  void aRefusalAtSendingIsShownAndEntersNothing() {
    ticket.side().setValue("SELL");
    ticket.price().setValue("8.00");
    ticket.quantity().setValue("5");
    market.halt(
        TOM, FakeMarket.INSTRUMENT, "halted after the check"); // the screen still shows OPEN

    ticket.sendButton().click();

    assertThat(sent).isEmpty();
    assertThat(market.myOrders(IVAN)).isEmpty();
    assertThat(reasons()).anyMatch(r -> r.startsWith("MARKET_HALTED"));
  }

  /** Records the key of every pre-check and submit. */
  private static final class KeyRecorder extends FakeMarket {
    private final List<String> keys;
    String submitted;
    private boolean submitting;

    KeyRecorder(List<String> keys) {
      this.keys = keys;
    }

    @Override
    public synchronized OrderPreCheck preCheck(Actor actor, OrderTicket t) {
      if (!submitting) {
        keys.add(t.clientOrderKey());
      }
      return super.preCheck(actor, t);
    }

    @Override
    public OrderView submit(Actor actor, OrderTicket t) {
      submitted = t.clientOrderKey();
      keys.add(t.clientOrderKey());
      submitting = true;
      try {
        return super.submit(actor, t);
      } finally {
        submitting = false;
      }
    }
  }
}
