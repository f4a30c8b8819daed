package org.cornerstone.matching;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * A deterministic, endless, realistic stream of commands for one instrument (for the property tests
 * and the benchmark): limit orders around a mid price (about one in six crosses the spread), GTC
 * mostly and some DAY, IOC and FOK; cancels and amendments of earlier orders (some of which have
 * filled meanwhile, as in real markets); a thousand owners, so self-trades happen now and then. At
 * most {@code slots} orders are kept for later cancel/amend; when a slot is reused its order is
 * cancelled first, so the book stays bounded however long the stream runs.
 *
 * <p>With {@code chaos}, a few commands are invalid (off tick, off lot, outside the band, wrong
 * owner, stale id) and trading days start and end (DAY orders expire), halts and operator cancels
 * happen.
 */
public final class RandomOrderStream {

  public static final long TICK = 5;
  public static final long LOT = 10;
  public static final long MID = 10_000;
  public static final int BAND_BASIS_POINTS = 1_000;

  private final SplittableRandom random;
  private final boolean chaos;
  private final int spreadTicks;
  private final long[] slotIds;
  private final String[] slotOwners;
  private final long[] slotPrices;
  private final String[] owners;
  private long nextOrderId = 1;
  private long micros;
  private final Instant start = Instant.parse("2026-12-07T01:30:00Z");
  private long mid = MID;
  private Instant endOfDay = start.plusSeconds(6 * 3600);

  public RandomOrderStream(long seed, int slots, boolean chaos) {
    this(seed, slots, chaos, 24);
  }

  /**
   * {@code spreadTicks}: new orders are placed up to that many ticks (less 3) on the passive side
   * of the mid; at most 200 stays inside the ±10 % band.
   */
  public RandomOrderStream(long seed, int slots, boolean chaos, int spreadTicks) {
    if (spreadTicks < 4 || spreadTicks > 200) {
      throw new IllegalArgumentException("spreadTicks must be 4..200: " + spreadTicks);
    }
    this.spreadTicks = spreadTicks;
    this.random = new SplittableRandom(seed);
    this.chaos = chaos;
    this.slotIds = new long[slots];
    this.slotOwners = new String[slots];
    this.slotPrices = new long[slots];
    this.owners = new String[1_000];
    for (int i = 0; i < owners.length; i++) {
      owners[i] = "investor-" + i;
    }
  }

  public static InstrumentRules rules() {
    return new InstrumentRules("TOKEN-1", TICK, LOT, MID, BAND_BASIS_POINTS);
  }

  /** The command that opens the first trading day (so DAY orders are accepted). */
  public Command.StartDay firstDay() {
    return new Command.StartDay(start, endOfDay, mid);
  }

  public Command next() {
    micros += 1 + random.nextInt(50);
    Instant at = start.plusNanos(micros * 1_000);
    if (chaos) {
      int r = random.nextInt(1_000);
      if (r < 2) {
        return new Command.Tick(endOfDay.plusSeconds(random.nextInt(3)));
      }
      if (r < 4) {
        // a new day; the reference moves a little, and time jumps past the day's end first
        micros += 7L * 3600 * 1_000_000;
        at = start.plusNanos(micros * 1_000);
        endOfDay = at.plusSeconds(6 * 3600);
        mid = MID + TICK * (random.nextInt(41) - 20);
        return new Command.StartDay(at, endOfDay, mid);
      }
      if (r < 5) {
        return new Command.Halt(at);
      }
      if (r < 15) {
        return new Command.Resume(at);
      }
      if (r < 16) {
        return new Command.CancelAll(at);
      }
    }
    int action = random.nextInt(100);
    if (action < 65) {
      return newOrder(at);
    }
    int slot = random.nextInt(slotIds.length);
    if (slotIds[slot] == 0) {
      return newOrder(at);
    }
    String owner = slotOwners[slot];
    if (chaos && random.nextInt(50) == 0) {
      owner = owners[random.nextInt(owners.length)];
    }
    if (action < 90) {
      long id = slotIds[slot];
      slotIds[slot] = 0;
      return new Command.Cancel(at, id, owner);
    }
    // amend: the same price with a new quantity (down keeps priority), or a tick or two away
    long price = slotPrices[slot];
    if (random.nextBoolean()) {
      price += TICK * (random.nextInt(5) - 2);
      slotPrices[slot] = price;
    }
    return new Command.Amend(at, slotIds[slot], owner, price, LOT * (1 + random.nextInt(60)));
  }

  private Command newOrder(Instant at) {
    Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
    long price = priceNear(side);
    long quantity = LOT * (1 + random.nextInt(60));
    int t = random.nextInt(100);
    TimeInForce tif =
        t < 70
            ? TimeInForce.GTC
            : t < 82 ? TimeInForce.DAY : t < 95 ? TimeInForce.IOC : TimeInForce.FOK;
    long id = nextOrderId++;
    String owner = owners[random.nextInt(owners.length)];
    if (chaos) {
      int c = random.nextInt(100);
      if (c == 0) {
        price += 1; // off tick
      } else if (c == 1) {
        quantity += 3; // off lot
      } else if (c == 2) {
        price = mid * 2; // above the band
      } else if (c == 3) {
        price = TICK; // below the band
      } else if (c == 4 && id > 3) {
        id -= 3; // id not increasing
      } else if (c == 5) {
        quantity = 0;
      } else if (c == 6) {
        quantity = Long.MAX_VALUE - 7; // too large
      }
    }
    if (tif.rests()) {
      int slot = random.nextInt(slotIds.length);
      if (slotIds[slot] != 0) {
        // reuse the slot: its old order is cancelled now, this order comes with the next command
        long old = slotIds[slot];
        String oldOwner = slotOwners[slot];
        slotIds[slot] = 0;
        nextOrderId--;
        return new Command.Cancel(at, old, oldOwner);
      }
      slotIds[slot] = id;
      slotOwners[slot] = owner;
      slotPrices[slot] = price;
    }
    return new Command.Submit(at, id, owner, side, price, quantity, tif);
  }

  /** A price a few ticks on the passive side of the mid, sometimes crossing by up to 3 ticks. */
  private long priceNear(Side side) {
    long ticksAway = random.nextInt(spreadTicks) - 3;
    return side == Side.BUY ? mid - TICK * ticksAway : mid + TICK * ticksAway;
  }
}
