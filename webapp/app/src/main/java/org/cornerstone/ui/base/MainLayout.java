package org.cornerstone.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.stream.Collectors;
import org.cornerstone.shared.Actor;
import org.cornerstone.web.security.SignInSessions;

/**
 * The frame around every signed-in page: brand, sign out, and the menu built from the views'
 * {@code @Menu} annotations, showing only the views the user's roles may open (see {@link
 * Navigation}).
 */
@StyleSheet("context://styles/cornerstone.css")
public class MainLayout extends AppLayout {
  @Inject
  public MainLayout(
      Instance<MenuBadge> badges, SignInSessions sessions, Clock clock, ScreenAuditOrigin audit) {
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
        new Button(
            getTranslation("header.signOut"),
            VaadinIcon.SIGN_OUT.create(),
            e -> signOut(audit, actor));
    signOut.setId("sign-out");
    signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    // ends this user's sessions in every other browser too, at their next request
    Button signOutEverywhere =
        new Button(
            getTranslation("login.sign-out-everywhere"),
            e -> {
              sessions.endAll(actor.userId(), clock.instant());
              signOut(audit, actor);
            });
    signOutEverywhere.setId("sign-out-everywhere");
    signOutEverywhere.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

    HorizontalLayout header =
        new HorizontalLayout(
            new DrawerToggle(), brand, who, LanguageSwitch.create(), signOut, signOutEverywhere);
    header.setWidthFull();
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    header.expand(brand);
    header.addClassName("app-header");
    addToNavbar(header);

    SideNav nav = new SideNav();
    nav.setId("main-nav");
    for (MenuEntry entry : Navigation.menuFor(actor, MenuConfiguration.getMenuEntries())) {
      SideNavItem item =
          new SideNavItem(
              getTranslation(Navigation.titleKey(entry, actor)),
              entry.menuClass(),
              entry.icon() == null || entry.icon().isBlank() ? null : new Icon(entry.icon()));
      badges.stream()
          .filter(b -> b.view().equals(entry.menuClass()))
          .findFirst()
          .flatMap(b -> b.badgeFor(actor))
          .ifPresent(item::setSuffixComponent);
      nav.addItem(item);
    }
    addToDrawer(nav);
    setPrimarySection(Section.DRAWER);
  }

  private static void signOut(ScreenAuditOrigin audit, Actor actor) {
    UI ui = UI.getCurrent();
    audit.signOut(actor);
    SignedIn.clear();
    ui.getPage().setLocation("login");
  }
}
