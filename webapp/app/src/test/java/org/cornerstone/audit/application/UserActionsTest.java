package org.cornerstone.audit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.cornerstone.audit.domain.Channel;
import org.cornerstone.audit.domain.Outcome;
import org.cornerstone.audit.domain.UserAction;
import org.cornerstone.audit.domain.UserActionQuery;
import org.cornerstone.audit.domain.UserActionRepository;
import org.cornerstone.platform.Settings;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.junit.jupiter.api.Test;

class UserActionsTest {
  private static final Actor AUDREY = new Actor("audrey", "Audrey", "op", Set.of(Role.AUDITOR));
  private static final Actor ADA = new Actor("ada", "Ada", "op", Set.of(Role.ADMIN));

  /** The repository in memory: append and read, newest first. */
  static final class Memory implements UserActionRepository {
    final List<UserAction> lines = new ArrayList<>();

    @Override
    public void append(UserAction action) {
      // the database gives the id (identity column); here the position does
      try {
        var id = UserAction.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(action, (long) lines.size() + 1);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
      lines.add(action);
    }

    @Override
    public List<UserAction> find(UserActionQuery query, int offset, int limit) {
      return lines.stream()
          .filter(a -> query.user() == null || a.username().contains(query.user()))
          .filter(a -> query.outcome() == null || a.outcome() == query.outcome())
          .sorted(Comparator.comparing(UserAction::id).reversed())
          .skip(offset)
          .limit(limit)
          .toList();
    }

    @Override
    public long count(UserActionQuery query) {
      return find(query, 0, Integer.MAX_VALUE).size();
    }
  }

  private final Memory memory = new Memory();
  private final UserActions actions = new UserActions();

  UserActionsTest() {
    actions.repository = memory;
    actions.clock = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);
    actions.settings = new Settings();
  }

  @Test
  void aLineTakesItsTimeFromTheClockAndItsOriginFromTheEdge() {
    try (AuditOrigin.Scope scope = AuditOrigin.enter(new AuditOrigin(Channel.UI, "203.0.113.9"))) {
      actions.record(ADA, "Administration.createUser", null, Outcome.SUCCEEDED, null);
    }
    UserAction line = memory.lines.get(0);
    assertThat(line.at()).isEqualTo(Instant.parse("2026-12-06T08:00:00Z"));
    assertThat(line.channel()).isEqualTo(Channel.UI);
    assertThat(line.clientAddress()).isEqualTo("203.0.113.9");
    assertThat(line.username()).isEqualTo("ada");
    assertThat(line.organisation()).isEqualTo("op");
    assertThat(AuditOrigin.current()).isEmpty();
  }

  @Test
  void onlyTheAuditorReads() {
    assertThatThrownBy(() -> actions.list(ADA, UserActionQuery.all(), 0, 10))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage(UserActions.ONLY_AUDITORS);
    assertThatThrownBy(() -> actions.csv(ADA, UserActionQuery.all()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(actions.list(AUDREY, UserActionQuery.all(), 0, 10).total()).isZero();
  }

  @Test
  void pagesAndPeriodsAreChecked() {
    for (int i = 0; i < 5; i++) {
      actions.record("u" + i, null, Channel.REST, null, "POST /api/x", null, Outcome.REFUSED, "r");
    }
    UserActionPage page = actions.list(AUDREY, UserActionQuery.all(), 1, 2);
    assertThat(page.items()).hasSize(2);
    assertThat(page.total()).isEqualTo(5);
    assertThatThrownBy(() -> actions.list(AUDREY, UserActionQuery.all(), -1, 2))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> actions.list(AUDREY, UserActionQuery.all(), 0, 501))
        .isInstanceOf(ValidationException.class);
    Instant t = Instant.parse("2026-12-06T00:00:00Z");
    assertThatThrownBy(
            () -> actions.list(AUDREY, new UserActionQuery(null, null, null, t, t), 0, 10))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(UserActions.BAD_PERIOD);
    assertThat(actions.csv(AUDREY, UserActionQuery.all()).split("\r\n")).hasSize(6);
  }

  @Test
  void filtersAreParsedWithClearMessages() {
    assertThat(UserActions.outcome(" refused ")).isEqualTo(Outcome.REFUSED);
    assertThat(UserActions.outcome("")).isNull();
    assertThatThrownBy(() -> UserActions.outcome("MAYBE"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("outcome must be one of SUCCEEDED, REFUSED, FAILED");
    assertThat(UserActions.instant("from", "2026-12-06"))
        .isEqualTo(Instant.parse("2026-12-06T00:00:00Z"));
    assertThat(UserActions.instant("to", "2026-12-06T08:30:00Z"))
        .isEqualTo(Instant.parse("2026-12-06T08:30:00Z"));
    assertThatThrownBy(() -> UserActions.instant("from", "yesterday"))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("from must be a date");
  }
}
