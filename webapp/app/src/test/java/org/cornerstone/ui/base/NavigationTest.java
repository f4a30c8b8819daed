package org.cornerstone.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.cornerstone.origination.ui.AssetDetailView;
import org.cornerstone.origination.ui.AssetsView;
import org.cornerstone.origination.ui.DashboardView;
import org.cornerstone.origination.ui.ProcessDiagramView;
import org.cornerstone.origination.ui.SubmitAssetView;
import org.cornerstone.party.ui.InvestorOnboardingView;
import org.cornerstone.party.ui.RegisterView;
import org.cornerstone.platform.ui.AdminView;
import org.cornerstone.registry.ui.HoldingsView;
import org.cornerstone.registry.ui.TransferRulesView;
import org.cornerstone.review.ui.ReviewInboxView;
import org.cornerstone.review.ui.TaskDetailView;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;
import org.junit.jupiter.api.Test;

/** The menu and start page each role gets, read from the views' annotations. */
class NavigationTest {
  private static final List<Class<? extends Component>> VIEWS =
      List.of(
          HomeView.class,
          LoginView.class,
          AccessDeniedView.class,
          AdminView.class,
          AssetDetailView.class,
          AssetsView.class,
          DashboardView.class,
          HoldingsView.class,
          ProcessDiagramView.class,
          ReviewInboxView.class,
          SubmitAssetView.class,
          TaskDetailView.class,
          InvestorOnboardingView.class,
          RegisterView.class,
          TransferRulesView.class);

  /** The entries Vaadin collects: views with {@code @Menu}, in no particular order. */
  private static List<MenuEntry> menuEntries() {
    return VIEWS.stream()
        .filter(v -> v.isAnnotationPresent(Menu.class))
        .sorted((a, b) -> b.getName().compareTo(a.getName()))
        .map(
            v -> {
              Menu menu = v.getAnnotation(Menu.class);
              return new MenuEntry(
                  "/" + v.getAnnotation(Route.class).value(),
                  menu.title(),
                  menu.order(),
                  menu.icon(),
                  v);
            })
        .toList();
  }

  private static Actor with(Role... roles) {
    return new Actor("u", "U", "org", Set.copyOf(Arrays.asList(roles)));
  }

  private static List<String> menu(Actor actor) {
    return Navigation.menuFor(actor, menuEntries()).stream()
        .map(e -> Navigation.titleKey(e, actor))
        .toList();
  }

  @Test
  void eachRoleSeesTheScreensItMayOpenInMenuOrder() {
    assertThat(menu(with(Role.ORIGINATOR)))
        .containsExactly("nav.dashboard", "nav.submit", "nav.myAssets", "nav.holdings");
    for (Role reviewer :
        List.of(Role.TRUSTEE, Role.SENIOR_TRUSTEE, Role.COMPLIANCE, Role.LEGAL, Role.VALUER)) {
      assertThat(menu(with(reviewer))).containsExactly("nav.assets", "nav.inbox");
    }
    assertThat(menu(with(Role.INVESTOR))).containsExactly("nav.onboarding", "nav.holdings");
    assertThat(menu(with(Role.ADMIN))).containsExactly("nav.assets", "nav.admin");
    assertThat(menu(with(Role.ORIGINATOR, Role.ADMIN)))
        .containsExactly(
            "nav.dashboard", "nav.submit", "nav.myAssets", "nav.holdings", "nav.admin");
    assertThat(menu(with())).isEmpty();
    assertThat(menu(with(Role.REGISTRAR))).contains("nav.inbox", "nav.transferRules");
  }

  @Test
  void menuEntriesCarryTheirIcons() {
    assertThat(Navigation.menuFor(with(Role.TRUSTEE), menuEntries()))
        .extracting(MenuEntry::icon)
        .containsExactly("vaadin:building", "vaadin:inbox");
  }

  @Test
  void eachRoleStartsWhereItsWorkIs() {
    assertThat(Navigation.startPage(with(Role.TRUSTEE), VIEWS)).contains(ReviewInboxView.class);
    assertThat(Navigation.startPage(with(Role.VALUER), VIEWS)).contains(ReviewInboxView.class);
    assertThat(Navigation.startPage(with(Role.ORIGINATOR), VIEWS)).contains(DashboardView.class);
    assertThat(Navigation.startPage(with(Role.ADMIN), VIEWS)).contains(AdminView.class);
    assertThat(Navigation.startPage(with(Role.INVESTOR), VIEWS))
        .contains(InvestorOnboardingView.class);
    assertThat(Navigation.startPage(with(Role.ORIGINATOR, Role.TRUSTEE), VIEWS))
        .contains(ReviewInboxView.class);
    assertThat(Navigation.startPage(with(Role.ORIGINATOR, Role.ADMIN), VIEWS))
        .contains(DashboardView.class);
    assertThat(Navigation.startPage(with(Role.INVESTOR, Role.ADMIN), VIEWS))
        .contains(AdminView.class);
    assertThat(Navigation.startPage(with(), VIEWS)).isEmpty();
  }
}
