package org.cornerstone.web.ui;

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
  private final LoginForm form = new LoginForm();

  @Inject
  public LoginView(AuthenticationService authentication) {
    setId("login-view");
    setSizeFull();
    setAlignItems(Alignment.CENTER);
    setJustifyContentModeCenter();
    addClassName("login-view");

    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle("Sign in");
    i18n.getErrorMessage().setTitle("Wrong username or password");
    i18n.getErrorMessage().setMessage("Check them and try again.");
    form.setI18n(i18n);
    form.setForgotPasswordButtonVisible(false);
    form.addLoginListener(
        event ->
            authentication
                .authenticate(event.getUsername(), event.getPassword().toCharArray())
                .ifPresentOrElse(
                    actor -> {
                      VaadinService.reinitializeSession(VaadinServletRequest.getCurrent());
                      SignedIn.set(actor);
                      UI.getCurrent().navigate(HomeView.class);
                    },
                    () -> form.setError(true)));

    H1 brand = new H1("Cornerstone");
    brand.addClassName("brand");
    Paragraph tagline = new Paragraph("Real-world assets, tokenized under a trustee's eye.");
    tagline.addClassName("tagline");
    Div demo = new Div();
    demo.addClassName("demo-users");
    demo.add(
        new Paragraph(
            "Demo users (password = name + \"-demo\"): olivia (originator), tom / tina (trustees),"
                + " carl (compliance), ivan (investor), ada (admin)."));
    add(brand, tagline, form, demo);
  }

  private void setJustifyContentModeCenter() {
    setJustifyContentMode(JustifyContentMode.CENTER);
  }
}
