package org.cornerstone.matching;

import java.time.Instant;
import java.util.Objects;

/**
 * What the engine is asked to do. Every command carries the instant the durable order store
 * sequenced it; the engine never reads a clock, so the same commands always give the same events.
 */
public sealed interface Command {

  /** When the command was sequenced (the engine's notion of "now" never goes back). */
  Instant at();

  /** A new limit order. {@code orderId} comes from the order store's sequence and increases. */
  record Submit(
      Instant at,
      long orderId,
      String owner,
      Side side,
      long price,
      long quantity,
      TimeInForce timeInForce)
      implements Command {
    public Submit {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(side, "side");
      Objects.requireNonNull(timeInForce, "timeInForce");
    }
  }

  /** Cancel a resting order; only its owner may. */
  record Cancel(Instant at, long orderId, String owner) implements Command {
    public Cancel {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * Amend a resting order to {@code price} and {@code quantity} (the new open quantity). A lower
   * quantity at the same price keeps the order's time priority; a price change or a higher quantity
   * puts it at the back of its (new) price level, and a new price that crosses matches at once.
   */
  record Amend(Instant at, long orderId, String owner, long price, long quantity)
      implements Command {
    public Amend {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A new trading day: DAY orders are accepted until {@code endOfDay}; the price band is centred on
   * {@code referencePrice} from now on.
   */
  record StartDay(Instant at, Instant endOfDay, long referencePrice) implements Command {
    public StartDay {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(endOfDay, "endOfDay");
      if (referencePrice <= 0) {
        throw new IllegalArgumentException("referencePrice must be positive: " + referencePrice);
      }
    }
  }

  /** Time passes (a timer): at or after the end of the day, the DAY orders expire. */
  record Tick(Instant at) implements Command {
    public Tick {
      Objects.requireNonNull(at, "at");
    }
  }

  /** Market operations halt trading: new orders and amendments are refused, cancels still work. */
  record Halt(Instant at) implements Command {
    public Halt {
      Objects.requireNonNull(at, "at");
    }
  }

  /** Market operations resume trading. */
  record Resume(Instant at) implements Command {
    public Resume {
      Objects.requireNonNull(at, "at");
    }
  }

  /** Market operations cancel every resting order of the instrument. */
  record CancelAll(Instant at) implements Command {
    public CancelAll {
      Objects.requireNonNull(at, "at");
    }
  }
}
