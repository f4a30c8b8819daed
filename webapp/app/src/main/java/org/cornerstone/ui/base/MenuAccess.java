package org.cornerstone.ui.base;

import com.vaadin.flow.server.auth.DefaultMenuAccessControl;
import jakarta.enterprise.context.Dependent;

/**
 * Vaadin's default menu access control as a CDI bean: under vaadin-cdi the menu registry asks the
 * container for a {@code MenuAccessControl} and fails when there is none. Who sees which entry is
 * decided by {@link Navigation} from the views' {@code @RolesAllowed}.
 */
@Dependent
public class MenuAccess extends DefaultMenuAccessControl {
  private static final long serialVersionUID = 1L;
}
