package org.cornerstone.trading.application;

import static org.cornerstone.trading.application.TradingHarness.INSTRUMENT;
import static org.cornerstone.trading.application.TradingHarness.IVAN;
import static org.cornerstone.trading.application.TradingHarness.JADE;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.cornerstone.ledgergateway.DvpSettlement;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.Settlement;
import org.cornerstone.trading.application.TradingHarness.Instance;

/**
 * The app instance {@link MarketCrashIT} kills with SIGKILL: on the harness database (as the parent
 * left it, schema and ledger balances in place) it enters resting orders and one crossing buy,
 * whose match commits two trades; the trades go to settlement on a background thread as in the app
 * ({@code TradingScheduler}), and the ledger port stops the process dead at the {@link Stage}: it
 * prints {@link #READY} and waits to be killed. Before that, the main thread prints the engine's
 * resting orders after {@link #BOOK} (the book the parent must rebuild).
 *
 * <p>Arguments: the {@link Stage}. Standard output: the protocol lines only (logging goes to
 * standard error).
 */
final class MarketCrashChild {
  /** Where the process halts. */
  enum Stage {
    /** The first trade's settlement attempt, trade row locked, right before the ledger call. */
    BEFORE_LEDGER,
    /**
     * The first trade settles completely; the second one's DvP has committed on the ledger, but the
     * attempt has not marked the trade settled nor consumed its reservations.
     */
    AFTER_LEDGER
  }

  /** Then the engine's resting orders ({@code List.toString()} of {@code restingInEngine}). */
  static final String BOOK = "BOOK ";

  /** Then the ids of the trades the match stored, comma-separated. */
  static final String TRADES = "TRADES ";

  /** Then the stage and the request key of the DvP it halted on. */
  static final String READY = "READY ";

  /** The database sessions of the child, so the parent can see them end with it. */
  static final String APPLICATION_NAME = "market-crash-child";

  private MarketCrashChild() {}

  public static void main(String[] args) throws Exception {
    Stage stage = Stage.valueOf(args[0]);
    TradingHarness.connect();
    TradingHarness.database.setApplicationName(APPLICATION_NAME);
    Settlement ledger = new TradingHarness.TableSettlement();
    AtomicInteger calls = new AtomicInteger();
    Settlement halting =
        d -> {
          int call = calls.incrementAndGet();
          if (stage == Stage.BEFORE_LEDGER) {
            halt(stage, d);
          }
          LedgerReceipt receipt = ledger.settle(d);
          if (call == 2) {
            halt(stage, d);
          }
          return receipt;
        };
    Instance app =
        TradingHarness.instance(Clock.systemUTC(), new TradingHarness.TableLedger(), halting);
    ExecutorService settling = Executors.newSingleThreadExecutor();
    app.matcher.onTrades(
        ids -> {
          System.out.println(TRADES + String.join(",", ids.stream().map(String::valueOf).toList()));
          System.out.flush();
          settling.execute(() -> ids.forEach(app.settler::settle));
        });

    // the book: two asks at 10.50 (the first amended up, so it lost its priority), two bids at
    // 9.80 and one at 9.70; then asks at 10.00 and 10.10 that the buy crosses
    long first = app.market.submit(IVAN, order("SELL", "10.50", 7)).orderId();
    app.market.submit(JADE, order("BUY", "9.80", 4));
    app.market.submit(IVAN, order("SELL", "10.50", 2));
    app.market.submit(JADE, order("BUY", "9.80", 1));
    app.market.amend(IVAN, first, "10.50", 8);
    app.market.submit(JADE, order("BUY", "9.70", 6));
    app.market.submit(IVAN, order("SELL", "10.00", 10));
    app.market.submit(IVAN, order("SELL", "10.10", 5));
    // 10 at 10.00 and 2 at 10.10: two trades in one match, 3 left at 10.10
    app.market.submit(JADE, order("BUY", "10.10", 12));
    System.out.println(BOOK + app.matcher.restingInEngine(INSTRUMENT));
    System.out.flush();
    new CountDownLatch(1).await();
  }

  static OrderTicket order(String side, String price, long quantity) {
    return new OrderTicket(INSTRUMENT, side, price, quantity, "GTC", UUID.randomUUID().toString());
  }

  /** Tells the parent where it stands and waits for the SIGKILL (never returns). */
  private static void halt(Stage stage, DvpSettlement d) {
    System.out.println(READY + stage + " " + d.requestKey().value());
    System.out.flush();
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new IllegalStateException("the child was to be killed, not interrupted");
  }
}
