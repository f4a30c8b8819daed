package org.cornerstone.matching;

/** Receives the engine's events, in order, on the engine's thread. */
@FunctionalInterface
public interface EventSink {
  void on(Event event);
}
