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
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import org.cornerstone.party.application.AuthenticationService;

/** Sign-in page. A new session id is issued on success (no session fixation). */
@StyleSheet("context://styles/cornerstone.css")
@Route("login")
@PageTitle("Sign in | Cornerstone")
@AnonymousAllowed
public class LoginView extends VerticalLayout {
  static final String REGISTER_ROUTE = "register";
  private final LoginForm form = new LoginForm();

  @Inject
  public LoginView(AuthenticationService authentication, ScreenAuditOrigin audit) {
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
    form.addLoginListener(
        event -> {
          var signedIn =
              authentication.authenticate(event.getUsername(), event.getPassword().toCharArray());
          audit.signIn(event.getUsername(), signedIn);
          signedIn.ifPresentOrElse(
              actor -> {
                VaadinService.reinitializeSession(VaadinServletRequest.getCurrent());
                SignedIn.set(actor);
                UI.getCurrent().navigate(HomeView.class);
              },
              () -> form.setError(true));
        });

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
    add(LanguageSwitch.create(), brand, tagline, form, register, demo);
  }

  private void setJustifyContentModeCenter() {
    setJustifyContentMode(JustifyContentMode.CENTER);
  }
}
