package org.cornerstone.registry.domain;

import java.util.Optional;

/** Where instruments are kept. */
public interface InstrumentRepository {
  Optional<Instrument> find(String instrumentId);

  void add(Instrument instrument);
}
