package org.cornerstone.audit.infrastructure;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import org.cornerstone.audit.application.UserActionPolicy;
import org.cornerstone.audit.application.UserActionRecorded;

/**
 * Puts {@link UserActionRecorded} on every application-service method that {@link UserActionPolicy}
 * calls a user action, as the container discovers the beans: no service has to remember to be
 * audited (ADR 0014).
 */
public class UserActionExtension implements Extension {
  <T> void mark(@Observes ProcessAnnotatedType<T> discovered) {
    Class<T> type = discovered.getAnnotatedType().getJavaClass();
    if (!UserActionPolicy.covers(type)) {
      return;
    }
    discovered
        .configureAnnotatedType()
        .filterMethods(m -> UserActionPolicy.recorded(m.getJavaMember()))
        .forEach(m -> m.add(UserActionRecorded.Literal.INSTANCE));
  }
}
