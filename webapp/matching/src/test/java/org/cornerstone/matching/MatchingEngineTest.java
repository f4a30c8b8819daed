package org.cornerstone.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cornerstone.matching.Side.BUY;
import static org.cornerstone.matching.Side.SELL;
import static org.cornerstone.matching.TimeInForce.DAY;
import static org.cornerstone.matching.TimeInForce.FOK;
import static org.cornerstone.matching.TimeInForce.GTC;
import static org.cornerstone.matching.TimeInForce.IOC;

import java.time.Instant;
import java.util.List;
import org.cornerstone.matching.BookView.PriceLevel;
import org.cornerstone.matching.Event.Accepted;
import org.cornerstone.matching.Event.Amended;
import org.cornerstone.matching.Event.Cancelled;
import org.cornerstone.matching.Event.Expired;
import org.cornerstone.matching.Event.Rejected;
import org.cornerstone.matching.Event.Trade;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Textbook sequences: prices in cents (tick 5), quantities in tokens (lot 10), band ±10 % of
 * 100.00.
 */
class MatchingEngineTest {

  static final Instant T0 = Instant.parse("2026-12-07T01:30:00Z");
  static final Instant END_OF_DAY = Instant.parse("2026-12-07T07:00:00Z");

  MatchingEngine engine;
  long clock;

  @BeforeEach
  void newEngine() {
    engine = new MatchingEngine(new InstrumentRules("TOKEN-1", 5, 10, 10_000, 1_000));
    engine.apply(new Command.StartDay(T0, END_OF_DAY, 10_000));
  }

  Instant now() {
    return T0.plusSeconds(++clock);
  }

  List<Event> submit(long id, String owner, Side side, long price, long qty, TimeInForce tif) {
    return engine.apply(new Command.Submit(now(), id, owner, side, price, qty, tif));
  }

  List<Event> gtc(long id, String owner, Side side, long price, long qty) {
    return submit(id, owner, side, price, qty, GTC);
  }

  static Trade trade(
      long tradeId,
      long buyId,
      String buyer,
      long sellId,
      String seller,
      long price,
      long qty,
      Side aggressor,
      Instant at) {
    return new Trade(at, tradeId, buyId, buyer, sellId, seller, price, qty, aggressor);
  }

  static List<Trade> trades(List<Event> events) {
    return events.stream().filter(Trade.class::isInstance).map(Trade.class::cast).toList();
  }

  static List<String> tradeSummary(List<Event> events) {
    return trades(events).stream()
        .map(
            t ->
                t.tradeId()
                    + ":"
                    + t.buyOrderId()
                    + "/"
                    + t.sellOrderId()
                    + "@"
                    + t.price()
                    + "x"
                    + t.quantity())
        .toList();
  }

  @Test
  void aRestingOrderIsAcceptedAndShownInTheDepth() {
    List<Event> events = gtc(1, "ivan", BUY, 9_950, 100);
    assertThat(events)
        .containsExactly(new Accepted(T0.plusSeconds(1), 1, "ivan", BUY, 9_950, 100, GTC));
    assertThat(engine.depth(5).bids()).containsExactly(new PriceLevel(9_950, 100, 1));
    assertThat(engine.depth(5).asks()).isEmpty();
  }

  @Test
  void priceTimePriorityBetterPriceFirstThenEarlierOrderTradesAtTheRestingPrice() {
    gtc(1, "s1", SELL, 10_010, 30);
    gtc(2, "s2", SELL, 10_000, 30);
    gtc(3, "s3", SELL, 10_000, 30);
    gtc(4, "s4", SELL, 10_005, 30);
    assertThat(engine.depth(10).asks())
        .containsExactly(
            new PriceLevel(10_000, 60, 2),
            new PriceLevel(10_005, 30, 1),
            new PriceLevel(10_010, 30, 1));

    // a buy at 100.10 for 100 sweeps 100.00 (order 2 then 3), 100.05, then 10 of 100.10
    List<Event> events = gtc(5, "b1", BUY, 10_010, 100);
    assertThat(tradeSummary(events))
        .containsExactly("1:5/2@10000x30", "2:5/3@10000x30", "3:5/4@10005x30", "4:5/1@10010x10");
    assertThat(trades(events)).allMatch(t -> t.aggressorSide() == BUY);
    assertThat(engine.depth(10).asks()).containsExactly(new PriceLevel(10_010, 20, 1));
    assertThat(engine.depth(10).bids()).isEmpty();
    assertThat(engine.lastTrades(2).stream().map(Trade::tradeId)).containsExactly(4L, 3L);
  }

  @Test
  void aSellTakesTheHighestBidFirstAtTheBidsPrice() {
    gtc(1, "b1", BUY, 9_990, 20);
    gtc(2, "b2", BUY, 9_995, 20);
    List<Event> events = gtc(3, "s1", SELL, 9_900, 30);
    assertThat(tradeSummary(events)).containsExactly("1:2/3@9995x20", "2:1/3@9990x10");
    assertThat(engine.depth(5).bids()).containsExactly(new PriceLevel(9_990, 10, 1));
    assertThat(engine.bestAsk()).isEmpty();
  }

  @Test
  void partialFillLeavesTheRemainderRestingWithItsPriority() {
    gtc(1, "s1", SELL, 10_000, 100);
    gtc(2, "s2", SELL, 10_000, 50);
    assertThat(tradeSummary(gtc(3, "b1", BUY, 10_000, 40))).containsExactly("1:3/1@10000x40");
    assertThat(engine.restingOrder(1).orElseThrow().quantity()).isEqualTo(60);
    // order 1 keeps the front of the queue with its remaining 60
    assertThat(tradeSummary(gtc(4, "b2", BUY, 10_000, 70)))
        .containsExactly("2:4/1@10000x60", "3:4/2@10000x10");
    assertThat(engine.depth(5).asks()).containsExactly(new PriceLevel(10_000, 40, 1));
  }

  @Test
  void anIncomingOrderThatDoesNotCrossRests() {
    gtc(1, "s1", SELL, 10_005, 10);
    List<Event> events = gtc(2, "b1", BUY, 10_000, 10);
    assertThat(trades(events)).isEmpty();
    assertThat(engine.bestBid()).hasValue(10_000);
    assertThat(engine.bestAsk()).hasValue(10_005);
  }

  @Nested
  class TimeInForceRules {

    @Test
    void gtcRestsAcrossTheEndOfTheDay() {
      gtc(1, "b1", BUY, 9_990, 10);
      engine.apply(new Command.Tick(END_OF_DAY.plusSeconds(1)));
      assertThat(engine.restingOrder(1)).isPresent();
    }

    @Test
    void dayOrdersExpireAtTheEndOfTheDayInPriorityOrder() {
      submit(1, "b1", BUY, 9_990, 10, DAY);
      submit(2, "s1", SELL, 10_010, 20, DAY);
      submit(3, "b2", BUY, 9_995, 30, DAY);
      gtc(4, "b3", BUY, 9_980, 10);
      assertThat(engine.apply(new Command.Tick(END_OF_DAY.minusNanos(1)))).isEmpty();
      List<Event> events = engine.apply(new Command.Tick(END_OF_DAY));
      assertThat(events)
          .containsExactly(
              new Expired(END_OF_DAY, 3, 30),
              new Expired(END_OF_DAY, 1, 10),
              new Expired(END_OF_DAY, 2, 20));
      assertThat(engine.snapshot().bids())
          .extracting(BookView.RestingOrder::orderId)
          .containsExactly(4L);
    }

    @Test
    void dayOrdersExpireBeforeAnyLaterCommandIsApplied() {
      submit(1, "s1", SELL, 10_000, 10, DAY);
      List<Event> events =
          engine.apply(
              new Command.Submit(END_OF_DAY.plusSeconds(5), 2, "b1", BUY, 10_000, 10, GTC));
      assertThat(events.get(0)).isEqualTo(new Expired(END_OF_DAY.plusSeconds(5), 1, 10));
      assertThat(trades(events)).isEmpty();
      assertThat(engine.bestBid()).hasValue(10_000);
    }

    @Test
    void aDayOrderAfterTheEndOfTheDayOrBeforeAnyDayIsRefused() {
      List<Event> late =
          engine.apply(new Command.Submit(END_OF_DAY, 1, "b1", BUY, 10_000, 10, DAY));
      assertThat(late)
          .containsExactly(new Rejected(END_OF_DAY, 1, RejectReason.DAY_SESSION_CLOSED));
      MatchingEngine fresh = new MatchingEngine(new InstrumentRules("X", 5, 10, 10_000, 1_000));
      assertThat(fresh.apply(new Command.Submit(T0, 1, "b1", BUY, 10_000, 10, DAY)))
          .extracting(e -> ((Rejected) e).reason())
          .containsExactly(RejectReason.DAY_SESSION_CLOSED);
    }

    @Test
    void iocTradesWhatItCanAndTheRemainderIsCancelledNeverRests() {
      gtc(1, "s1", SELL, 10_000, 30);
      gtc(2, "s2", SELL, 10_010, 30);
      List<Event> events = submit(3, "b1", BUY, 10_005, 50, IOC);
      assertThat(tradeSummary(events)).containsExactly("1:3/1@10000x30");
      assertThat(events.get(events.size() - 1))
          .isEqualTo(new Cancelled(T0.plusSeconds(3), 3, 20, CancelReason.IOC_REMAINDER));
      assertThat(engine.bestBid()).isEmpty();
      assertThat(engine.restingOrder(3)).isEmpty();
    }

    @Test
    void iocFilledCompletelyHasNoCancel() {
      gtc(1, "s1", SELL, 10_000, 30);
      List<Event> events = submit(2, "b1", BUY, 10_000, 30, IOC);
      assertThat(events).noneMatch(Cancelled.class::isInstance);
      assertThat(tradeSummary(events)).containsExactly("1:2/1@10000x30");
    }

    @Test
    void fokThatCannotFillCompletelyTradesNothing() {
      gtc(1, "s1", SELL, 10_000, 30);
      gtc(2, "s2", SELL, 10_010, 30);
      BookView.Snapshot before = engine.snapshot();
      List<Event> events = submit(3, "b1", BUY, 10_005, 40, FOK);
      assertThat(events)
          .containsExactly(
              new Accepted(T0.plusSeconds(3), 3, "b1", BUY, 10_005, 40, FOK),
              new Cancelled(T0.plusSeconds(3), 3, 40, CancelReason.FOK_NOT_FILLABLE));
      BookView.Snapshot after = engine.snapshot();
      assertThat(after.bids()).isEqualTo(before.bids());
      assertThat(after.asks()).isEqualTo(before.asks());
      assertThat(after.lastTradeId()).isZero();
    }

    @Test
    void fokThatCanFillCompletelyFillsAcrossLevels() {
      gtc(1, "s1", SELL, 10_000, 30);
      gtc(2, "s2", SELL, 10_010, 30);
      List<Event> events = submit(3, "b1", BUY, 10_010, 60, FOK);
      assertThat(tradeSummary(events)).containsExactly("1:3/1@10000x30", "2:3/2@10010x30");
      assertThat(engine.bestAsk()).isEmpty();
      assertThat(engine.bestBid()).isEmpty();
    }

    @Test
    void fokDoesNotCountTheOwnersOwnRestingOrders() {
      gtc(1, "b1", SELL, 10_000, 30);
      gtc(2, "s2", SELL, 10_000, 30);
      List<Event> events = submit(3, "b1", BUY, 10_000, 60, FOK);
      assertThat(events.get(1))
          .isEqualTo(new Cancelled(T0.plusSeconds(3), 3, 60, CancelReason.FOK_NOT_FILLABLE));
      assertThat(engine.restingOrder(1)).isPresent(); // a killed FOK changes nothing
    }
  }

  @Nested
  class CancelAndAmend {

    @Test
    void theOwnerCancelsARestingOrder() {
      gtc(1, "b1", BUY, 9_990, 30);
      assertThat(engine.apply(new Command.Cancel(now(), 1, "b1")))
          .containsExactly(new Cancelled(T0.plusSeconds(2), 1, 30, CancelReason.REQUESTED));
      assertThat(engine.depth(5).bids()).isEmpty();
    }

    @Test
    void cancelOfAnotherOwnersOrUnknownOrderIsRefused() {
      gtc(1, "b1", BUY, 9_990, 30);
      assertThat(engine.apply(new Command.Cancel(now(), 1, "mallory")))
          .extracting(e -> ((Rejected) e).reason())
          .containsExactly(RejectReason.NOT_ORDER_OWNER);
      assertThat(engine.apply(new Command.Cancel(now(), 99, "b1")))
          .extracting(e -> ((Rejected) e).reason())
          .containsExactly(RejectReason.UNKNOWN_ORDER);
      gtc(2, "s1", SELL, 9_990, 30); // fills order 1
      assertThat(engine.apply(new Command.Cancel(now(), 1, "b1")))
          .extracting(e -> ((Rejected) e).reason())
          .containsExactly(RejectReason.UNKNOWN_ORDER);
    }

    @Test
    void quantityDownKeepsTimePriority() {
      gtc(1, "s1", SELL, 10_000, 50);
      gtc(2, "s2", SELL, 10_000, 50);
      assertThat(engine.apply(new Command.Amend(now(), 1, "s1", 10_000, 20)))
          .containsExactly(new Amended(T0.plusSeconds(3), 1, 10_000, 20, true));
      assertThat(engine.depth(1).asks()).containsExactly(new PriceLevel(10_000, 70, 2));
      assertThat(tradeSummary(gtc(3, "b1", BUY, 10_000, 30)))
          .containsExactly("1:3/1@10000x20", "2:3/2@10000x10");
    }

    @Test
    void quantityUpLosesTimePriority() {
      gtc(1, "s1", SELL, 10_000, 50);
      gtc(2, "s2", SELL, 10_000, 50);
      assertThat(engine.apply(new Command.Amend(now(), 1, "s1", 10_000, 60)))
          .containsExactly(new Amended(T0.plusSeconds(3), 1, 10_000, 60, false));
      assertThat(tradeSummary(gtc(3, "b1", BUY, 10_000, 60)))
          .containsExactly("1:3/2@10000x50", "2:3/1@10000x10");
    }

    @Test
    void priceChangeLosesTimePriorityEvenWhenItComesBack() {
      gtc(1, "s1", SELL, 10_000, 50);
      gtc(2, "s2", SELL, 10_000, 50);
      engine.apply(new Command.Amend(now(), 1, "s1", 10_005, 50));
      engine.apply(new Command.Amend(now(), 1, "s1", 10_000, 50));
      assertThat(engine.snapshot().asks())
          .extracting(BookView.RestingOrder::orderId)
          .containsExactly(2L, 1L);
    }

    @Test
    void anAmendedPriceThatCrossesMatchesAtOnceAsTheAggressor() {
      gtc(1, "s1", SELL, 10_010, 20);
      gtc(2, "b1", BUY, 10_000, 50);
      List<Event> events = engine.apply(new Command.Amend(now(), 2, "b1", 10_010, 50));
      assertThat(events.get(0)).isEqualTo(new Amended(T0.plusSeconds(3), 2, 10_010, 50, false));
      assertThat(tradeSummary(events)).containsExactly("1:2/1@10010x20");
      assertThat(trades(events).get(0).aggressorSide()).isEqualTo(BUY);
      assertThat(engine.depth(5).bids()).containsExactly(new PriceLevel(10_010, 30, 1));
    }

    @Test
    void amendIsCheckedLikeANewOrder() {
      gtc(1, "b1", BUY, 9_990, 50);
      assertThat(reasons(engine.apply(new Command.Amend(now(), 1, "b1", 9_991, 50))))
          .containsExactly(RejectReason.PRICE_NOT_ON_TICK);
      assertThat(reasons(engine.apply(new Command.Amend(now(), 1, "b1", 9_990, 55))))
          .containsExactly(RejectReason.QUANTITY_NOT_LOT_MULTIPLE);
      assertThat(reasons(engine.apply(new Command.Amend(now(), 1, "b1", 12_000, 50))))
          .containsExactly(RejectReason.PRICE_ABOVE_BAND);
      assertThat(reasons(engine.apply(new Command.Amend(now(), 1, "b1", 9_990, 50))))
          .containsExactly(RejectReason.AMEND_NO_CHANGE);
      assertThat(reasons(engine.apply(new Command.Amend(now(), 1, "x", 9_990, 10))))
          .containsExactly(RejectReason.NOT_ORDER_OWNER);
      assertThat(reasons(engine.apply(new Command.Amend(now(), 7, "b1", 9_990, 10))))
          .containsExactly(RejectReason.UNKNOWN_ORDER);
      assertThat(engine.restingOrder(1).orElseThrow().quantity()).isEqualTo(50);
    }
  }

  static List<RejectReason> reasons(List<Event> events) {
    return events.stream().map(e -> ((Rejected) e).reason()).toList();
  }

  @Nested
  class Checks {

    @Test
    void tickLotAndBandAreRefusedWithTheirReasonCodes() {
      // band: ±10 % of 100.00 = 90.00 .. 110.00 inclusive
      assertThat(reasons(gtc(1, "b", BUY, 9_001, 10)))
          .containsExactly(RejectReason.PRICE_NOT_ON_TICK);
      assertThat(reasons(gtc(2, "b", BUY, 9_000, 15)))
          .containsExactly(RejectReason.QUANTITY_NOT_LOT_MULTIPLE);
      assertThat(reasons(gtc(3, "b", BUY, 8_995, 10)))
          .containsExactly(RejectReason.PRICE_BELOW_BAND);
      assertThat(reasons(gtc(4, "b", SELL, 11_005, 10)))
          .containsExactly(RejectReason.PRICE_ABOVE_BAND);
      assertThat(reasons(gtc(5, "b", BUY, 0, 10))).containsExactly(RejectReason.PRICE_NOT_POSITIVE);
      assertThat(reasons(gtc(6, "b", BUY, 9_000, 0)))
          .containsExactly(RejectReason.QUANTITY_NOT_POSITIVE);
      assertThat(reasons(gtc(7, " ", BUY, 9_000, 10))).containsExactly(RejectReason.OWNER_MISSING);
      assertThat(reasons(gtc(7, "b", BUY, 9_000, MatchingEngine.MAX_QUANTITY + 10)))
          .containsExactly(RejectReason.QUANTITY_TOO_LARGE);
      assertThat(gtc(8, "b", BUY, 9_000, 10).get(0)).isInstanceOf(Accepted.class);
      assertThat(gtc(9, "b", SELL, 11_000, 10).get(0)).isInstanceOf(Accepted.class);
      assertThat(reasons(gtc(9, "b", SELL, 11_000, 10)))
          .containsExactly(RejectReason.ORDER_ID_NOT_INCREASING);
      assertThat(engine.snapshot().lastOrderId()).isEqualTo(9);
    }

    @Test
    void aNewDayMovesTheBand() {
      engine.apply(new Command.StartDay(now(), END_OF_DAY.plusSeconds(86_400), 12_000));
      assertThat(reasons(gtc(1, "b", BUY, 10_000, 10)))
          .containsExactly(RejectReason.PRICE_BELOW_BAND);
      assertThat(gtc(2, "b", BUY, 13_200, 10).get(0)).isInstanceOf(Accepted.class);
    }

    @Test
    void haltRefusesOrdersAndAmendsButNotCancels() {
      gtc(1, "b1", BUY, 9_990, 10);
      engine.apply(new Command.Halt(now()));
      assertThat(reasons(gtc(2, "s1", SELL, 9_990, 10)))
          .containsExactly(RejectReason.INSTRUMENT_HALTED);
      assertThat(reasons(engine.apply(new Command.Amend(now(), 1, "b1", 9_995, 10))))
          .containsExactly(RejectReason.INSTRUMENT_HALTED);
      assertThat(engine.apply(new Command.Cancel(now(), 1, "b1")).get(0))
          .isInstanceOf(Cancelled.class);
      engine.apply(new Command.Resume(now()));
      assertThat(gtc(3, "s1", SELL, 9_990, 10).get(0)).isInstanceOf(Accepted.class);
    }

    @Test
    void operatorCancelsEveryOrder() {
      gtc(1, "b1", BUY, 9_990, 10);
      gtc(2, "s1", SELL, 10_010, 20);
      assertThat(engine.apply(new Command.CancelAll(now())))
          .containsExactly(
              new Cancelled(T0.plusSeconds(3), 1, 10, CancelReason.OPERATOR),
              new Cancelled(T0.plusSeconds(3), 2, 20, CancelReason.OPERATOR));
      assertThat(engine.snapshot().bids()).isEmpty();
      assertThat(engine.snapshot().asks()).isEmpty();
    }
  }

  @Nested
  class SelfTradePrevention {

    @Test
    void theOwnersRestingOrderIsCancelledAndMatchingGoesOn() {
      gtc(1, "ivan", SELL, 10_000, 30);
      gtc(2, "olga", SELL, 10_000, 30);
      List<Event> events = gtc(3, "ivan", BUY, 10_000, 40);
      assertThat(events.get(1))
          .isEqualTo(new Cancelled(T0.plusSeconds(3), 1, 30, CancelReason.SELF_TRADE_PREVENTED));
      assertThat(tradeSummary(events)).containsExactly("1:3/2@10000x30");
      assertThat(trades(events)).noneMatch(t -> t.buyer().equals(t.seller()));
      assertThat(engine.depth(5).bids()).containsExactly(new PriceLevel(10_000, 10, 1));
      assertThat(engine.bestAsk()).isEmpty();
    }

    @Test
    void nonCrossingOrdersOfTheSameOwnerBothRest() {
      gtc(1, "ivan", SELL, 10_005, 30);
      gtc(2, "ivan", BUY, 10_000, 30);
      assertThat(engine.restingOrder(1)).isPresent();
      assertThat(engine.restingOrder(2)).isPresent();
    }
  }

  @Test
  void depthAggregatesByPriceAndLimitsTheLevels() {
    gtc(1, "b1", BUY, 9_990, 10);
    gtc(2, "b2", BUY, 9_990, 20);
    gtc(3, "b3", BUY, 9_995, 5 * 10);
    gtc(4, "b4", BUY, 9_980, 10);
    gtc(5, "s1", SELL, 10_020, 10);
    gtc(6, "s2", SELL, 10_010, 10);
    BookView.Depth depth = engine.depth(2);
    assertThat(depth.bids())
        .containsExactly(new PriceLevel(9_995, 50, 1), new PriceLevel(9_990, 30, 2));
    assertThat(depth.asks())
        .containsExactly(new PriceLevel(10_010, 10, 1), new PriceLevel(10_020, 10, 1));
  }

  @Test
  void lastTradesKeepsTheNewestHundredNewestFirst() {
    for (int i = 1; i <= 130; i++) {
      gtc(2L * i - 1, "s", SELL, 10_000, 10);
      gtc(2L * i, "b", BUY, 10_000, 10);
    }
    List<Trade> last = engine.lastTrades(500);
    assertThat(last).hasSize(MatchingEngine.RECENT_TRADES);
    assertThat(last.get(0).tradeId()).isEqualTo(130);
    assertThat(last.get(99).tradeId()).isEqualTo(31);
  }
}
