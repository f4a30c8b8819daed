package org.cornerstone.ui.base;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.cornerstone.shared.Actor;

/**
 * A small figure next to one menu entry, such as the number of reviews waiting in the inbox. A
 * context offers one as a CDI bean next to its view; {@link MainLayout} shows it without knowing
 * the view.
 */
public interface MenuBadge {
  /** The view whose menu entry carries the badge. */
  Class<? extends Component> view();

  /** The badge as this user sees it, or empty for none. */
  Optional<Component> badgeFor(Actor actor);
}
