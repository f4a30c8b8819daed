package org.cornerstone.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cornerstone.party.application.SessionEnds;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;
import org.junit.jupiter.api.Test;

class SignInSessionsTest {
  static final Actor CARL = new Actor("carl", "Carl", "trust", Set.of(Role.COMPLIANCE));
  static final Actor TOM = new Actor("tom", "Tom", "trust", Set.of(Role.TRUSTEE));
  static final Instant T0 = Instant.parse("2026-12-06T17:00:00Z");

  /** The database's table as the nodes share it: every end recorded, in order. */
  static class SharedEnds implements SessionEnds {
    final List<SessionEnd> rows = new ArrayList<>();
    final List<Duration> reads = new ArrayList<>();

    @Override
    public void record(String username, Instant endedBefore) {
      rows.add(new SessionEnd(username, endedBefore));
    }

    @Override
    public List<SessionEnd> all() {
      return List.copyOf(rows);
    }

    @Override
    public List<SessionEnd> recordedWithin(Duration within) {
      reads.add(within);
      return List.copyOf(rows);
    }
  }

  static SignInSessions node(SessionEnds shared) {
    SignInSessions sessions = new SignInSessions();
    sessions.ends = shared;
    return sessions;
  }

  @Test
  void signingOutEverywhereEndsEarlierSessionsOfThatUserOnly() {
    SharedEnds shared = new SharedEnds();
    SignInSessions sessions = node(shared);
    SessionIdentity laptop = new SessionIdentity(CARL, T0);
    SessionIdentity phone = new SessionIdentity(CARL, T0.plusSeconds(60));
    SessionIdentity toms = new SessionIdentity(TOM, T0);
    assertThat(sessions.ended(laptop)).isFalse();

    sessions.endAll("carl", T0.plusSeconds(60));
    assertThat(sessions.ended(laptop)).isTrue();
    assertThat(sessions.ended(phone)).isTrue();
    assertThat(sessions.ended(toms)).isFalse();
    assertThat(shared.rows).containsExactly(new SessionEnds.SessionEnd("carl", T0.plusSeconds(60)));
    // signing in again afterwards works
    assertThat(sessions.ended(new SessionIdentity(CARL, T0.plusSeconds(61)))).isFalse();
    // an older "end" never moves the line back
    sessions.endAll("carl", T0);
    assertThat(sessions.ended(phone)).isTrue();
  }

  @Test
  void anEndRecordedOnAnotherNodeEndsTheSessionHereAtTheNextRefresh() {
    SharedEnds shared = new SharedEnds();
    SignInSessions here = node(shared);
    SignInSessions there = node(shared);
    SessionIdentity laptopHere = new SessionIdentity(CARL, T0);

    there.endAll("carl", T0.plusSeconds(30));
    assertThat(there.ended(new SessionIdentity(CARL, T0))).isTrue();
    // this node has not read the table yet
    assertThat(here.ended(laptopHere)).isFalse();

    here.refresh();
    assertThat(here.ended(laptopHere)).isTrue();
    assertThat(here.ended(new SessionIdentity(TOM, T0))).isFalse();
    // a refresh reads the ends recorded lately, not the whole table
    assertThat(shared.reads).containsExactly(SignInSessions.LOOK_BACK);
    assertThat(SignInSessions.LOOK_BACK).isGreaterThan(SignInSessions.REFRESH.multipliedBy(10));
  }

  @Test
  void aFailedRefreshKeepsWhatWasKnown() {
    SharedEnds shared = new SharedEnds();
    SignInSessions here = node(shared);
    here.endAll("carl", T0);
    here.ends =
        new SharedEnds() {
          @Override
          public List<SessionEnd> recordedWithin(Duration within) {
            throw new IllegalStateException("database down");
          }
        };
    here.refresh();
    assertThat(here.ended(new SessionIdentity(CARL, T0))).isTrue();
  }
}
