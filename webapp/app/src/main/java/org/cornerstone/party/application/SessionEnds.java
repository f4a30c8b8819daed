package org.cornerstone.party.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * "Sign out everywhere" as every application node sees it: the moment before which a user's
 * signed-in sessions count as ended, kept in the database (issue 15, two application nodes).
 */
public interface SessionEnds {
  /** A user's sessions signed in up to {@code endedBefore} are ended. */
  record SessionEnd(String username, Instant endedBefore) {}

  /** Records the end; an earlier moment than the one recorded changes nothing. */
  void record(String username, Instant endedBefore);

  /** Every end recorded. */
  List<SessionEnd> all();

  /** The ends recorded within {@code within} before the database's now. */
  List<SessionEnd> recordedWithin(Duration within);
}
