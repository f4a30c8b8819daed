package org.cornerstone.web.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import org.cornerstone.review.application.ReviewService;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;
import org.cornerstone.web.ui.investor.InvestorOnboardingView;

/** The frame around every signed-in page: brand, the user's menu by role, sign out. */
@StyleSheet("context://styles/cornerstone.css")
public class MainLayout extends AppLayout {
  @Inject
  public MainLayout(ReviewService reviews) {
    Actor actor = SignedIn.require();
    H1 brand = new H1(getTranslation("app.name"));
    brand.addClassName("app-brand");

    Span who =
        new Span(
            actor.displayName()
                + " · "
                + actor.roles().stream()
                    .map(r -> getTranslation("role." + r.name()))
                    .sorted()
                    .collect(Collectors.joining(", ")));
    who.setId("signed-in-user");
    who.addClassName("signed-in-user");
    Button signOut =
        new Button(getTranslation("header.signOut"), VaadinIcon.SIGN_OUT.create(), e -> signOut());
    signOut.setId("sign-out");
    signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

    HorizontalLayout header =
        new HorizontalLayout(new DrawerToggle(), brand, who, LanguageSwitch.create(), signOut);
    header.setWidthFull();
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    header.expand(brand);
    header.addClassName("app-header");
    addToNavbar(header);

    SideNav nav = new SideNav();
    nav.setId("main-nav");
    if (actor.has(Role.ORIGINATOR)) {
      nav.addItem(
          new SideNavItem(
              getTranslation("nav.dashboard"), DashboardView.class, VaadinIcon.DASHBOARD.create()));
      nav.addItem(
          new SideNavItem(
              getTranslation("nav.submit"), SubmitAssetView.class, VaadinIcon.PLUS.create()));
    }
    if (actor.has(Role.ORIGINATOR) || ReviewService.isReviewer(actor) || actor.has(Role.ADMIN)) {
      nav.addItem(
          new SideNavItem(
              actor.has(Role.ORIGINATOR)
                  ? getTranslation("nav.myAssets")
                  : getTranslation("nav.assets"),
              AssetsView.class,
              VaadinIcon.BUILDING.create()));
    }
    if (ReviewService.isReviewer(actor)) {
      SideNavItem inbox =
          new SideNavItem(
              getTranslation("nav.inbox"), ReviewInboxView.class, VaadinIcon.INBOX.create());
      Span count = new Span(String.valueOf(reviews.openCount(actor)));
      count.setId("inbox-count");
      count.getElement().getThemeList().add("badge contrast");
      inbox.setSuffixComponent(count);
      nav.addItem(inbox);
    }
    if (actor.has(Role.INVESTOR)) {
      nav.addItem(
          new SideNavItem(
              getTranslation("nav.onboarding"),
              InvestorOnboardingView.class,
              VaadinIcon.USER_CHECK.create()));
    }
    if (actor.has(Role.INVESTOR) || actor.has(Role.ORIGINATOR)) {
      nav.addItem(
          new SideNavItem(
              getTranslation("nav.holdings"), HoldingsView.class, VaadinIcon.WALLET.create()));
    }
    if (actor.has(Role.ADMIN)) {
      nav.addItem(
          new SideNavItem(getTranslation("nav.admin"), AdminView.class, VaadinIcon.COG.create()));
    }
    addToDrawer(nav);
    setPrimarySection(Section.DRAWER);
  }

  private static void signOut() {
    UI ui = UI.getCurrent();
    SignedIn.clear();
    ui.getPage().setLocation("login");
  }
}
