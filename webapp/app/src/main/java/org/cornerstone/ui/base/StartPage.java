package org.cornerstone.ui.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a view as where a user lands after signing in, for the users its {@code @RolesAllowed}
 * admits. When several start pages admit a user, the lowest {@link #rank()} wins.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StartPage {
  /** Lower ranks win over higher ones. */
  int rank();
}
