package org.cornerstone.trading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.cornerstone.shared.Actor;
import org.cornerstone.trading.application.Market;
import org.cornerstone.trading.application.MarketView;
import org.cornerstone.trading.application.OrderPreCheck;
import org.cornerstone.trading.application.OrderTicket;
import org.cornerstone.trading.application.OrderView;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.Notifications;

/**
 * The order ticket: side, limit price, quantity, time in force. Every change asks the market's
 * pre-check, which shows the refusal reasons and what the order would reserve <em>before</em> it is
 * sent; Send is enabled only when the pre-check allows the order. Each intended order gets its own
 * client order key (a new one whenever the ticket's contents change and after each order sent), so
 * a double click enters one order only.
 */
class OrderTicketForm extends VerticalLayout {
  static final List<String> TIME_IN_FORCE = List.of("GTC", "DAY", "IOC", "FOK");

  private final Market market;
  private final Actor actor;
  private final Consumer<OrderView> sent;
  private final RadioButtonGroup<String> side = new RadioButtonGroup<>();
  private final TextField price = new TextField();
  private final TextField quantity = new TextField();
  private final Select<String> timeInForce = new Select<>();
  private final Span reserve = new Span();
  private final UnorderedList reasons = new UnorderedList();
  private final Span closed = new Span();
  private final Button send = new Button();
  private MarketView rules;
  private OrderTicket lastIntended;
  private String key;
  private OrderTicket checked;

  OrderTicketForm(Market market, Actor actor, Consumer<OrderView> sent) {
    this.market = market;
    this.actor = actor;
    this.sent = sent;
    setId("order-ticket");
    setPadding(false);
    addClassName("order-ticket");

    side.setId("ticket-side");
    side.setLabel(getTranslation("market.ticket.side"));
    side.setItems("BUY", "SELL");
    side.setItemLabelGenerator(s -> getTranslation("market.side." + s));
    side.setValue("BUY");
    price.setId("ticket-price");
    price.setLabel(getTranslation("market.ticket.price"));
    price.setValueChangeMode(ValueChangeMode.LAZY);
    quantity.setId("ticket-quantity");
    quantity.setLabel(getTranslation("market.ticket.quantity"));
    quantity.setValueChangeMode(ValueChangeMode.LAZY);
    timeInForce.setId("ticket-tif");
    timeInForce.setLabel(getTranslation("market.ticket.tif"));
    timeInForce.setItems(TIME_IN_FORCE);
    timeInForce.setItemLabelGenerator(t -> getTranslation("market.tif." + t));
    timeInForce.setValue("GTC");

    reserve.setId("ticket-reserve");
    reasons.setId("ticket-reasons");
    reasons.addClassName("form-errors");
    reasons.setVisible(false);
    closed.setId("ticket-closed");
    closed.addClassName("form-errors");
    closed.setVisible(false);

    send.setId("ticket-send");
    send.setText(getTranslation("market.ticket.send"));
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    send.setDisableOnClick(true);
    send.setEnabled(false);
    send.addClickListener(e -> send());

    side.addValueChangeListener(e -> check());
    price.addValueChangeListener(e -> check());
    quantity.addValueChangeListener(e -> check());
    timeInForce.addValueChangeListener(e -> check());

    Div check = new Div(reserve, reasons);
    check.setId("ticket-check");
    add(new H3(getTranslation("market.ticket.heading")), side, fields(), closed, check, send);
  }

  private HorizontalLayout fields() {
    HorizontalLayout fields = new HorizontalLayout(price, quantity, timeInForce);
    fields.setWrap(true);
    fields.setWidthFull();
    return fields;
  }

  /** The instrument's rules and status: helper texts, and no sending while it is not open. */
  void setRules(MarketView view) {
    this.rules = view;
    price.setPrefixComponent(new Span(view.currency()));
    price.setHelperText(
        view.referencePrice() == null
            ? getTranslation("market.ticket.priceHelpNoBand", view.tickSize())
            : getTranslation(
                "market.ticket.priceHelp",
                view.tickSize(),
                view.bandPercent(),
                TradingFormats.money(view.currency(), view.referencePrice())));
    quantity.setHelperText(getTranslation("market.ticket.quantityHelp", view.lotSize()));
    boolean open = "OPEN".equals(view.status());
    closed.setVisible(!open);
    closed.setText(
        open
            ? ""
            : getTranslation(
                "market.ticket.notOpen", getTranslation("market.status." + view.status())));
    send.setEnabled(open && checked != null && Objects.equals(checked, current()));
  }

  /** The ticket as it stands, or null while a field cannot be read. */
  OrderTicket current() {
    if (rules == null) {
      return null;
    }
    String p = TicketInput.decimal(price.getValue());
    Long q = TicketInput.wholeNumber(quantity.getValue());
    if (p == null || q == null || q <= 0 || side.getValue() == null) {
      return null;
    }
    return new OrderTicket(
        rules.instrumentId(), side.getValue(), p, q, timeInForce.getValue(), null);
  }

  /** Runs the market's pre-check on the ticket as it stands and shows its answer. */
  void check() {
    checked = null;
    send.setEnabled(false);
    reasons.removeAll();
    reasons.setVisible(false);
    reserve.setText("");
    boolean priceTyped = !price.getValue().isBlank();
    boolean quantityTyped = !quantity.getValue().isBlank();
    price.setInvalid(priceTyped && TicketInput.decimal(price.getValue()) == null);
    price.setErrorMessage(getTranslation("market.ticket.badPrice"));
    Long q = TicketInput.wholeNumber(quantity.getValue());
    quantity.setInvalid(quantityTyped && (q == null || q <= 0));
    quantity.setErrorMessage(getTranslation("market.ticket.badQuantity"));
    OrderTicket ticket = current();
    if (ticket == null) {
      return;
    }
    OrderPreCheck answer;
    try {
      answer = market.preCheck(actor, withKey(ticket));
    } catch (RuntimeException e) {
      MarketErrors.messages(this, e).forEach(m -> reasons.add(new ListItem(m)));
      reasons.setVisible(true);
      return;
    }
    String what =
        "BUY".equals(ticket.side()) && answer.estimatedFee() != null
            ? getTranslation(
                "market.ticket.reserveCashFee",
                TradingFormats.money(rules.currency(), answer.toReserve()),
                TradingFormats.money(rules.currency(), answer.available()),
                TradingFormats.money(rules.currency(), answer.estimatedFee()))
            : "BUY".equals(ticket.side())
                ? getTranslation(
                    "market.ticket.reserveCash",
                    TradingFormats.money(rules.currency(), answer.toReserve()),
                    TradingFormats.money(rules.currency(), answer.available()))
                : getTranslation(
                    "market.ticket.reserveTokens",
                    TradingFormats.orDash(answer.toReserve()),
                    TradingFormats.orDash(answer.available()));
    reserve.setText(what);
    answer.reasons().forEach(r -> reasons.add(new ListItem(r)));
    reasons.setVisible(!answer.reasons().isEmpty());
    if (answer.allowed()) {
      checked = ticket;
      send.setEnabled("OPEN".equals(rules.status()));
    }
  }

  private void send() {
    OrderTicket ticket = current();
    if (ticket == null || !ticket.equals(checked)) {
      check();
      return;
    }
    OrderTicket keyed = withKey(ticket);
    MarketErrors.call(this, () -> market.submit(actor, keyed))
        .ifPresent(
            order -> {
              Notifications.success(
                  getTranslation(
                      "market.ticket.sent",
                      order.orderId(),
                      getTranslation("market.order.status." + order.status()),
                      Formats.number(order.filledQuantity()),
                      Formats.number(order.quantity())));
              lastIntended = null; // the next order, even an identical one, is a new order
              quantity.clear();
              sent.accept(order);
            });
    check();
  }

  /** The ticket with the key of the order the person means: kept while the contents stay. */
  private OrderTicket withKey(OrderTicket ticket) {
    if (lastIntended == null || !lastIntended.equals(ticket)) {
      lastIntended = ticket;
      key = UUID.randomUUID().toString();
    }
    return new OrderTicket(
        ticket.instrumentId(),
        ticket.side(),
        ticket.price(),
        ticket.quantity(),
        ticket.timeInForce(),
        key);
  }

  String clientOrderKey() {
    return key;
  }

  RadioButtonGroup<String> side() {
    return side;
  }

  TextField price() {
    return price;
  }

  TextField quantity() {
    return quantity;
  }

  Select<String> timeInForce() {
    return timeInForce;
  }

  Button sendButton() {
    return send;
  }

  UnorderedList reasons() {
    return reasons;
  }

  Span reserve() {
    return reserve;
  }
}
