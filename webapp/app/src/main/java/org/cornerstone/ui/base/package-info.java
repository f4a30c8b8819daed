/**
 * What every screen shares: the frame ({@link org.cornerstone.ui.base.MainLayout}) with the menu
 * built from the views' {@code @Menu} annotations and filtered by their {@code @RolesAllowed}, sign
 * in, the start page, access control, language, formats, notifications, document links and
 * previews, typed uploads. The screens themselves live in each context's {@code ui} package ({@code
 * origination.ui}, {@code review.ui}, {@code party.ui}, {@code registry.ui}, {@code platform.ui});
 * nothing here imports them.
 *
 * <p>Adding a screen: one view class with {@code @Route(layout = MainLayout.class)},
 * {@code @RolesAllowed}, and {@code @Menu(title = "<i18n key>", order, icon)} if it belongs in the
 * menu; optionally {@link org.cornerstone.ui.base.StartPage}, {@link
 * org.cornerstone.ui.base.RoleMenuTitle}, or a {@link org.cornerstone.ui.base.MenuBadge} bean.
 */
package org.cornerstone.ui.base;
