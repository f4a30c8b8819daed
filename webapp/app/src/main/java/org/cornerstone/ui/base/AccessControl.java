package org.cornerstone.ui.base;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import org.cornerstone.party.application.AuthenticationService;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;
import org.cornerstone.web.security.SignInSessions;

/**
 * Server-side guard for every navigation: a view is reachable only when it says who may see it
 * ({@code @AnonymousAllowed} or {@code @RolesAllowed}) and the signed-in user fits. A view without
 * either annotation is closed to everyone.
 */
@ApplicationScoped
public class AccessControl {
  @Inject AuthenticationService authentication;
  @Inject SignInSessions sessions;

  void install(@Observes ServiceInitEvent event) {
    event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
  }

  void check(BeforeEnterEvent event) {
    Class<?> target = event.getNavigationTarget();
    if (target.isAnnotationPresent(AnonymousAllowed.class)) {
      return;
    }
    Optional<Actor> actor = SignedIn.actor();
    // the container's record of the sign-in is gone once the authentication mechanism found the
    // session ended ("sign out everywhere") or the user disabled
    boolean ended = SignedIn.identity().map(sessions::ended).orElse(true);
    if (actor.isPresent() && (ended || !authentication.isActive(actor.get().userId()))) {
      // disabled by an administrator, or signed out everywhere, since signing in: it ends here
      SignedIn.forget();
      event.rerouteTo(LoginView.class);
      return;
    }
    if (actor.isEmpty()) {
      event.rerouteTo(LoginView.class);
      return;
    }
    if (!allowed(target, actor.get())) {
      event.rerouteTo(AccessDeniedView.class);
    }
  }

  public static boolean allowed(Class<?> target, Actor actor) {
    RolesAllowed roles = target.getAnnotation(RolesAllowed.class);
    return roles != null && Arrays.stream(roles.value()).map(Role::valueOf).anyMatch(actor::has);
  }
}
