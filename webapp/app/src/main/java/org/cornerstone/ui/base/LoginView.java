package org.cornerstone.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.cornerstone.party.application.SignInThrottle;
import org.cornerstone.web.security.ActorPrincipal;

/**
 * Sign-in page. The password is checked by the container's Jakarta Security identity store, tries
 * are throttled ({@link SignInThrottle}: "try again in N s"), and a success issues a new session id
 * (no session fixation).
 */
@StyleSheet("context://styles/cornerstone.css")
@Route("login")
@PageTitle("Sign in | Cornerstone")
@AnonymousAllowed
public class LoginView extends VerticalLayout {
  static final String REGISTER_ROUTE = "register";
  private final LoginForm form = new LoginForm();

  private final Paragraph locked = new Paragraph();
  private final transient IdentityStoreHandler identityStores;
  private final transient SignInThrottle throttle;
  private final transient Clock clock;
  private final transient ScreenAuditOrigin audit;

  @Inject
  public LoginView(
      IdentityStoreHandler identityStores,
      SignInThrottle throttle,
      Clock clock,
      ScreenAuditOrigin audit) {
    this.identityStores = identityStores;
    this.throttle = throttle;
    this.clock = clock;
    this.audit = audit;
    setId("login-view");
    setSizeFull();
    setAlignItems(Alignment.CENTER);
    setJustifyContentModeCenter();
    addClassName("login-view");

    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle(getTranslation("login.title"));
    i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
    i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
    form.setI18n(i18n);
    form.setForgotPasswordButtonVisible(false);
    form.addLoginListener(event -> signIn(event.getUsername(), event.getPassword()));
    locked.setId("login-locked");
    locked.addClassName("form-errors");
    locked.setVisible(false);

    H1 brand = new H1(getTranslation("app.name"));
    brand.addClassName("brand");
    Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
    tagline.addClassName("tagline");
    Div demo = new Div();
    demo.addClassName("demo-users");
    demo.add(new Paragraph(getTranslation("login.demo")));
    // the investors' registration page belongs to the party context: found by its path
    RouterLink register = new RouterLink();
    register.setText(getTranslation("investor.register.link"));
    RouteConfiguration.forApplicationScope().getRoute(REGISTER_ROUTE).ifPresent(register::setRoute);
    register.setId("register-link");
    add(LanguageSwitch.create(), brand, tagline, form, locked, register, demo);
  }

  /**
   * Checks the password through the container's Jakarta Security identity store, unless this user
   * or this address is throttled; a success signs in with a new session id.
   */
  private void signIn(String username, String password) {
    String address = VaadinServletRequest.getCurrent().getRemoteAddr();
    Optional<Duration> wait = throttle.lockedFor(username, address);
    if (wait.isPresent()) {
      showLocked(wait.get());
      return;
    }
    CredentialValidationResult result =
        identityStores.validate(new UsernamePasswordCredential(username, password));
    if (result.getStatus() == CredentialValidationResult.Status.VALID
        && result.getCallerPrincipal() instanceof ActorPrincipal principal) {
      throttle.succeeded(username);
      audit.signIn(username, Optional.of(principal.actor()));
      SignedIn.signIn(principal.actor(), clock.instant());
      UI.getCurrent().navigate(HomeView.class);
      return;
    }
    audit.signIn(username, Optional.empty());
    throttle
        .failed(username, address)
        .ifPresentOrElse(
            this::showLocked,
            () -> {
              locked.setVisible(false);
              form.setError(true);
            });
  }

  private void showLocked(Duration wait) {
    locked.setText(getTranslation("login.locked", SignInThrottle.seconds(wait)));
    locked.setVisible(true);
    form.setError(false);
    form.setEnabled(true);
  }

  private void setJustifyContentModeCenter() {
    setJustifyContentMode(JustifyContentMode.CENTER);
  }
}
