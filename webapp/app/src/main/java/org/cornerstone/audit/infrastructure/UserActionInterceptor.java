package org.cornerstone.audit.infrastructure;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cornerstone.audit.application.AuditOrigin;
import org.cornerstone.audit.application.UserActionRecorded;
import org.cornerstone.audit.application.UserActions;
import org.cornerstone.audit.domain.Channel;
import org.cornerstone.audit.domain.Outcome;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.ValidationException;

/**
 * Records a call of a service method marked {@link UserActionRecorded} made from a screen: the
 * action is {@code Service.method}, the subject the first text argument after the actor (an id),
 * the outcome from how the call ended. Runs outside the service's transaction (its priority is
 * below {@code @Transactional}'s), so a commit that fails counts as failed. Calls made while a REST
 * request is handled are left to the REST filter (one line per request), calls made by no user
 * (jobs, process steps, start-up: no origin) are not user actions, and a service called by another
 * service is part of the outer call (only the outermost is recorded).
 */
@UserActionRecorded
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class UserActionInterceptor {
  private static final Logger LOG = Logger.getLogger(UserActionInterceptor.class.getName());
  private static final ThreadLocal<Boolean> INSIDE = new ThreadLocal<>();

  @Inject UserActions actions;

  @AroundInvoke
  public Object record(InvocationContext call) throws Exception {
    Optional<AuditOrigin> origin = AuditOrigin.current();
    if (origin.isEmpty() || origin.get().channel() != Channel.UI || INSIDE.get() != null) {
      return call.proceed();
    }
    INSIDE.set(Boolean.TRUE);
    try {
      Object result = call.proceed();
      write(call, Outcome.SUCCEEDED, null);
      return result;
    } catch (ValidationException e) {
      write(call, Outcome.REFUSED, String.join(" ", e.problems()));
      throw e;
    } catch (AccessDeniedException | NotFoundException | ConflictException e) {
      write(call, Outcome.REFUSED, e.getMessage());
      throw e;
    } catch (Exception | Error e) {
      write(call, Outcome.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
      throw e;
    } finally {
      INSIDE.remove();
    }
  }

  private void write(InvocationContext call, Outcome outcome, String reason) {
    Object[] arguments = call.getParameters();
    Actor actor =
        (Actor) Arrays.stream(arguments).filter(Actor.class::isInstance).findFirst().orElse(null);
    String subject =
        Arrays.stream(arguments)
            .filter(a -> a instanceof String || a instanceof Number)
            .map(String::valueOf)
            .findFirst()
            .orElse(null);
    String service = call.getMethod().getDeclaringClass().getSimpleName();
    try {
      actions.record(actor, service + "." + call.getMethod().getName(), subject, outcome, reason);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not record a user action in the audit log", e);
      throw e;
    }
  }
}
