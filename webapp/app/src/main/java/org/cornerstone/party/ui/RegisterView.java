package org.cornerstone.party.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cornerstone.party.application.InvestorRegistration;
import org.cornerstone.party.application.InvestorRegistrationService;
import org.cornerstone.party.application.SignInThrottle;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.ui.base.LoginView;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.SignedIn;

/**
 * Public self-registration of an investor. On success the new investor is signed in (with a new
 * session id) and taken to onboarding.
 */
@StyleSheet("context://styles/cornerstone.css")
@Route("register")
@PageTitle("Register as investor | Cornerstone")
@AnonymousAllowed
public class RegisterView extends VerticalLayout {
  private final InvestorRegistrationService registrations;
  private final TextField username = new TextField();
  private final TextField displayName = new TextField();
  private final TextField legalName = new TextField();
  private final PasswordField password = new PasswordField();
  private final PasswordField confirm = new PasswordField();
  private final Div errors = new Div();
  private final transient SignInThrottle throttle;
  private final transient Clock clock;
  private final Button register = new Button();

  @Inject
  public RegisterView(
      InvestorRegistrationService registrations, SignInThrottle throttle, Clock clock) {
    this.throttle = throttle;
    this.clock = clock;
    this.registrations = registrations;
    setId("register-view");
    addClassName("login-view");
    setAlignItems(Alignment.CENTER);

    username.setId("register-username");
    username.setLabel(getTranslation("investor.register.username"));
    username.setHelperText(getTranslation("investor.register.username.help"));
    username.setRequiredIndicatorVisible(true);
    username.setMaxLength(32);
    username.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
    displayName.setId("register-display-name");
    displayName.setLabel(getTranslation("investor.register.displayName"));
    displayName.setRequiredIndicatorVisible(true);
    displayName.setMaxLength(200);
    legalName.setId("register-legal-name");
    legalName.setLabel(getTranslation("investor.register.legalName"));
    legalName.setHelperText(getTranslation("investor.register.legalName.help"));
    legalName.setRequiredIndicatorVisible(true);
    legalName.setMaxLength(200);
    password.setId("register-password");
    password.setLabel(getTranslation("investor.register.password"));
    password.setHelperText(getTranslation("investor.register.password.help"));
    password.setRequiredIndicatorVisible(true);
    password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
    confirm.setId("register-password-confirm");
    confirm.setLabel(getTranslation("investor.register.confirm"));
    confirm.setRequiredIndicatorVisible(true);
    confirm.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);

    FormLayout form = new FormLayout(username, displayName, legalName, password, confirm);
    form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    form.setMaxWidth("420px");

    errors.setId("register-errors");
    errors.addClassName("form-errors");
    errors.setMaxWidth("420px");
    errors.setVisible(false);

    register.setText(getTranslation("investor.register.button"));
    register.setId("register-submit");
    register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    register.setDisableOnClick(true);
    register.addClickListener(e -> register());
    register.addClickShortcut(com.vaadin.flow.component.Key.ENTER);

    RouterLink signIn =
        new RouterLink(getTranslation("investor.register.haveAccount"), LoginView.class);
    signIn.setId("register-sign-in");

    H1 brand = new H1(getTranslation("app.name"));
    brand.addClassName("brand");
    Paragraph intro = new Paragraph(getTranslation("investor.register.intro"));
    intro.setMaxWidth("420px");
    add(
        brand,
        new H2(getTranslation("investor.register.title")),
        intro,
        form,
        errors,
        register,
        signIn);
  }

  private void register() {
    char[] secret = password.getValue().toCharArray();
    try {
      Optional<Duration> wait =
          throttle.registration(VaadinServletRequest.getCurrent().getRemoteAddr());
      if (wait.isPresent()) {
        showProblems(
            List.of(
                getTranslation("investor.register.throttled", SignInThrottle.seconds(wait.get()))));
        return;
      }
      if (!password.getValue().equals(confirm.getValue())) {
        showProblems(List.of(getTranslation("investor.register.mismatch")));
        return;
      }
      InvestorRegistration registration =
          registrations.register(
              username.getValue(), displayName.getValue(), secret, legalName.getValue());
      SignedIn.signIn(registration.actor(), clock.instant());
      Notifications.success(
          getTranslation(
              "investor.register.done", registration.displayName(), registration.investorId()));
      UI.getCurrent().navigate(InvestorOnboardingView.class);
    } catch (ValidationException e) {
      showProblems(e.problems());
    } catch (ConflictException e) {
      showProblems(List.of(e.getMessage()));
    } finally {
      Arrays.fill(secret, '\0');
      register.setEnabled(true);
    }
  }

  private void showProblems(List<String> problems) {
    errors.removeAll();
    UnorderedList list = new UnorderedList();
    problems.forEach(p -> list.add(new ListItem(p)));
    errors.add(new Paragraph(getTranslation("investor.errors")), list);
    errors.setVisible(true);
    Notifications.errors(problems);
  }
}
