package org.cornerstone.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;

/**
 * Who sees which menu entry and which start page, read from the views' own annotations
 * ({@code @Menu}, {@code @RolesAllowed}, {@link RoleMenuTitle}, {@link StartPage}): a new screen
 * declares itself and needs no change here.
 */
public final class Navigation {
  private Navigation() {}

  /** The menu entries of views this user may open, in menu order. */
  public static List<MenuEntry> menuFor(Actor actor, List<MenuEntry> entries) {
    return entries.stream()
        .filter(e -> e.menuClass() != null && AccessControl.allowed(e.menuClass(), actor))
        .sorted(
            Comparator.comparing((MenuEntry e) -> e.order() == null ? Double.MAX_VALUE : e.order())
                .thenComparing(MenuEntry::path))
        .toList();
  }

  /** The i18n key of the entry's title for this user. */
  public static String titleKey(MenuEntry entry, Actor actor) {
    RoleMenuTitle special =
        entry.menuClass() == null ? null : entry.menuClass().getAnnotation(RoleMenuTitle.class);
    if (special != null && actor.has(Role.valueOf(special.role()))) {
      return special.title();
    }
    return entry.title();
  }

  /** The start page this user may open with the lowest rank, if any. */
  public static Optional<Class<? extends Component>> startPage(
      Actor actor, Collection<Class<? extends Component>> views) {
    return views.stream()
        .filter(v -> v.isAnnotationPresent(StartPage.class))
        .filter(v -> AccessControl.allowed(v, actor))
        .min(Comparator.comparingInt((Class<? extends Component> v) -> rank(v)));
  }

  private static int rank(Class<?> view) {
    return view.getAnnotation(StartPage.class).rank();
  }
}
