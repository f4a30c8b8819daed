package org.cornerstone.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.cornerstone.registry.domain.Instrument;
import org.cornerstone.registry.domain.InstrumentRepository;

/** {@link InstrumentRepository} on JPA (table {@code instrument}). */
@ApplicationScoped
public class JpaInstrumentRepository implements InstrumentRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Instrument> find(String instrumentId) {
    return Optional.ofNullable(em.find(Instrument.class, instrumentId));
  }

  @Override
  public void add(Instrument instrument) {
    em.persist(instrument);
  }
}
