package org.cornerstone.ui.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The menu title (an i18n key) that users holding {@link #role()} see instead of the view's
 * {@code @Menu} title, e.g. "My assets" for the originator where others see "Assets".
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RoleMenuTitle {
  /** Name of a {@link org.cornerstone.party.domain.Role}. */
  String role();

  /** i18n key of the title. */
  String title();
}
