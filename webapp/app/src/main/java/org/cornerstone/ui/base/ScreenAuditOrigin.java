package org.cornerstone.ui.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.cornerstone.audit.application.AuditOrigin;
import org.cornerstone.audit.application.UserActions;
import org.cornerstone.audit.domain.Channel;
import org.cornerstone.shared.Actor;

/**
 * Marks every request of the screens as a user action's origin (channel UI and the client's
 * address) for as long as it is handled, so that the application services a screen calls are
 * recorded in the audit log of user actions (see {@code audit.infrastructure.
 * UserActionInterceptor}). Also records sign-in, failed sign-in and sign-out.
 */
@ApplicationScoped
public class ScreenAuditOrigin implements VaadinRequestInterceptor {
  private static final long serialVersionUID = 1L;
  private static final ThreadLocal<AuditOrigin.Scope> SCOPE = new ThreadLocal<>();

  @Inject UserActions actions;

  void install(@Observes ServiceInitEvent event) {
    event.addVaadinRequestInterceptor(this);
  }

  @Override
  public void requestStart(VaadinRequest request, VaadinResponse response) {
    close();
    SCOPE.set(AuditOrigin.enter(new AuditOrigin(Channel.UI, address(request))));
  }

  @Override
  public void handleException(
      VaadinRequest request, VaadinResponse response, VaadinSession session, Exception e) {
    // the interceptor has recorded the failed action already; the origin ends in requestEnd
  }

  @Override
  public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
    close();
  }

  private static void close() {
    AuditOrigin.Scope scope = SCOPE.get();
    if (scope != null) {
      SCOPE.remove();
      scope.close();
    }
  }

  private String address(VaadinRequest request) {
    return request == null
        ? null
        : actions.clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
  }

  /** Records a sign-in on the sign-in page (succeeded, or refused with the name typed). */
  void signIn(String username, java.util.Optional<Actor> actor) {
    actor.ifPresentOrElse(
        a ->
            actions.record(
                a, UserActions.SIGN_IN, null, org.cornerstone.audit.domain.Outcome.SUCCEEDED, null),
        () ->
            actions.record(
                new Actor(
                    username == null || username.isBlank() ? "anonymous" : username.strip(),
                    null,
                    null,
                    java.util.Set.of()),
                UserActions.SIGN_IN,
                null,
                org.cornerstone.audit.domain.Outcome.REFUSED,
                "Wrong username or password."));
  }

  void signOut(Actor actor) {
    actions.record(
        actor, UserActions.SIGN_OUT, null, org.cornerstone.audit.domain.Outcome.SUCCEEDED, null);
  }
}
