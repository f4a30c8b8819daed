package org.cornerstone.party.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import org.cornerstone.party.application.SessionEnds;

/** {@link SessionEnds} in the table {@code session_end} (Flyway V30). */
@ApplicationScoped
@Transactional
public class JpaSessionEnds implements SessionEnds {
  @PersistenceContext private EntityManager em;

  @Override
  public void record(String username, java.time.Instant endedBefore) {
    em.createNativeQuery(
            "insert into session_end (username, ended_before) values (?1, ?2) "
                + "on conflict (username) do update set ended_before = "
                + "greatest(session_end.ended_before, excluded.ended_before), "
                + "recorded_at = clock_timestamp()")
        .setParameter(1, username)
        .setParameter(2, Timestamp.from(endedBefore))
        .executeUpdate();
  }

  @Override
  public List<SessionEnd> all() {
    return ends(
        em.createNativeQuery("select username, ended_before from session_end").getResultList());
  }

  @Override
  public List<SessionEnd> recordedWithin(Duration within) {
    return ends(
        em.createNativeQuery(
                "select username, ended_before from session_end "
                    + "where recorded_at > clock_timestamp() - ?1 * interval '1 second'")
            .setParameter(1, within.toSeconds())
            .getResultList());
  }

  private static List<SessionEnd> ends(List<?> rows) {
    return rows.stream()
        .map(Object[].class::cast)
        .map(r -> new SessionEnd((String) r[0], instant(r[1])))
        .toList();
  }

  private static java.time.Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    return (java.time.Instant) value;
  }
}
