package org.cornerstone.matching.benchmark;

import java.util.List;
import org.cornerstone.matching.Command;
import org.cornerstone.matching.Event;
import org.cornerstone.matching.EventSink;
import org.cornerstone.matching.MatchingEngine;
import org.cornerstone.matching.NaiveBook;
import org.cornerstone.matching.RandomOrderStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One operation = one command of a realistic random order stream ({@link RandomOrderStream}, seed
 * 42, no invalid commands): about 65 % new limit orders (GTC 70 %, DAY 12 %, IOC 13 %, FOK 5 % of
 * them, one in six crossing the spread), 25 % cancels (some of orders already filled), 10 %
 * amendments; a thousand owners; at most 10,000 orders kept for cancel/amend, so the book holds a
 * few thousand orders over some 25 price levels a side. Each state first applies 100,000 commands
 * so the book is in its steady state.
 *
 * <p>Baselines measured in the same run: {@code streamOnly} generates the next command and does
 * nothing with it (the cost of the harness and the generator, included in every other figure);
 * {@code naiveBook} applies it to {@link NaiveBook}, a straightforward TreeMap-per-level book with
 * the same rules and events (the tests check they agree event for event).
 */
public class MatchingBenchmark {

  static final int WARM_COMMANDS = 100_000;

  /** Counts the events so that none of them can be optimised away. */
  static final class CountingSink implements EventSink {
    long events;

    @Override
    public void on(Event event) {
      events++;
    }
  }

  /** How far from the mid new orders go: 24 ticks (about 22 levels a side), 200 (about 200). */
  @State(Scope.Benchmark)
  public static class Shape {
    @Param({"24", "200"})
    public int spreadTicks;
  }

  @State(Scope.Thread)
  public static class StreamState {
    RandomOrderStream stream;

    @Setup
    public void setUp(Shape shape) {
      stream = new RandomOrderStream(42, 10_000, false, shape.spreadTicks);
      stream.firstDay();
      for (int i = 0; i < WARM_COMMANDS; i++) {
        stream.next();
      }
    }
  }

  @State(Scope.Thread)
  public static class EngineState {
    RandomOrderStream stream;
    MatchingEngine engine;
    final CountingSink sink = new CountingSink();

    @Setup
    public void setUp(Shape shape) {
      stream = new RandomOrderStream(42, 10_000, false, shape.spreadTicks);
      engine = new MatchingEngine(RandomOrderStream.rules());
      engine.apply(stream.firstDay(), sink);
      for (int i = 0; i < WARM_COMMANDS; i++) {
        engine.apply(stream.next(), sink);
      }
    }
  }

  @State(Scope.Thread)
  public static class NaiveState {
    RandomOrderStream stream;
    NaiveBook book;

    @Setup
    public void setUp(Shape shape) {
      stream = new RandomOrderStream(42, 10_000, false, shape.spreadTicks);
      book = new NaiveBook(RandomOrderStream.rules());
      book.apply(stream.firstDay());
      for (int i = 0; i < WARM_COMMANDS; i++) {
        book.apply(stream.next());
      }
    }
  }

  /** Baseline: only generate the next command. */
  @Benchmark
  public Command streamOnly(StreamState state) {
    return state.stream.next();
  }

  /** Baseline: the naive TreeMap-per-level book. */
  @Benchmark
  public List<Event> naiveBook(NaiveState state) {
    return state.book.apply(state.stream.next());
  }

  /** The matching engine. */
  @Benchmark
  public long engine(EngineState state) {
    state.engine.apply(state.stream.next(), state.sink);
    return state.sink.events;
  }
}
