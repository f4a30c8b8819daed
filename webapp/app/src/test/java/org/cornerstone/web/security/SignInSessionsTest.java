package org.cornerstone.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;
import org.junit.jupiter.api.Test;

class SignInSessionsTest {
  static final Actor CARL = new Actor("carl", "Carl", "trust", Set.of(Role.COMPLIANCE));
  static final Actor TOM = new Actor("tom", "Tom", "trust", Set.of(Role.TRUSTEE));
  static final Instant T0 = Instant.parse("2026-12-06T17:00:00Z");

  @Test
  void signingOutEverywhereEndsEarlierSessionsOfThatUserOnly() {
    SignInSessions sessions = new SignInSessions();
    SessionIdentity laptop = new SessionIdentity(CARL, T0);
    SessionIdentity phone = new SessionIdentity(CARL, T0.plusSeconds(60));
    SessionIdentity toms = new SessionIdentity(TOM, T0);
    assertThat(sessions.ended(laptop)).isFalse();

    sessions.endAll("carl", T0.plusSeconds(60));
    assertThat(sessions.ended(laptop)).isTrue();
    assertThat(sessions.ended(phone)).isTrue();
    assertThat(sessions.ended(toms)).isFalse();
    // signing in again afterwards works
    assertThat(sessions.ended(new SessionIdentity(CARL, T0.plusSeconds(61)))).isFalse();
    // an older "end" never moves the line back
    sessions.endAll("carl", T0);
    assertThat(sessions.ended(phone)).isTrue();
  }
}
