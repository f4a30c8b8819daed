package org.cornerstone.trading.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.cornerstone.matching.MatchingEngine;

/**
 * One instrument's matching engine as {@link Matcher} keeps it between matching transactions, and
 * the mapping of the engine's order ids to the stored ones.
 */
final class InstrumentBook {
  final MatchingEngine engine;
  final long version;
  final Instant dayStart;
  final Map<Long, Long> engineToStored;
  final Map<Long, Long> storedToEngine;
  long nextEngineId = 1;

  InstrumentBook(MatchingEngine engine, long version, Instant dayStart) {
    this(engine, version, dayStart, new HashMap<>(), new HashMap<>(), 1);
  }

  private InstrumentBook(
      MatchingEngine engine,
      long version,
      Instant dayStart,
      Map<Long, Long> engineToStored,
      Map<Long, Long> storedToEngine,
      long nextEngineId) {
    this.engine = engine;
    this.version = version;
    this.dayStart = dayStart;
    this.engineToStored = engineToStored;
    this.storedToEngine = storedToEngine;
    this.nextEngineId = nextEngineId;
  }

  /**
   * The book at a new version, taking over this one's engine and id maps (not copied: they grow
   * with every order of the day). This book has left the matcher's books by then and never goes
   * back.
   */
  InstrumentBook at(long newVersion) {
    return new InstrumentBook(
        engine, newVersion, dayStart, engineToStored, storedToEngine, nextEngineId);
  }

  long map(long storedId) {
    long id = nextEngineId++;
    engineToStored.put(id, storedId);
    storedToEngine.put(storedId, id);
    return id;
  }
}
