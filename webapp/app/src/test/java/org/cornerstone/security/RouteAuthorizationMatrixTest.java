package org.cornerstone.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cornerstone.architecture.ProductionClasses;
import org.cornerstone.ui.base.AccessControl;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Vaadin half of the authorization matrix: every {@code @Route} class on the class path is in
 * the table, and for every role {@link AccessControl#allowed} agrees with it (200 opens, 403 is
 * sent to the access-denied view); nobody signed in reaches only {@code @AnonymousAllowed} routes.
 */
class RouteAuthorizationMatrixTest {
  static Map<String, Class<?>> routes() {
    Map<String, Class<?>> routes = new TreeMap<>();
    for (JavaClass type : ProductionClasses.get()) {
      if (type.isAnnotatedWith(Route.class)) {
        Class<?> view = type.reflect();
        routes.put(view.getAnnotation(Route.class).value(), view);
      }
    }
    return routes;
  }

  @Test
  void everyRouteIsInTheTableAndEveryLineIsARoute() {
    Map<String, Class<?>> routes = routes();
    List<String> inTable =
        AuthorizationMatrix.of("route").stream().map(AuthorizationMatrix.Row::path).toList();
    assertThat(routes).isNotEmpty();
    assertThat(inTable)
        .as("routes in the table")
        .containsExactlyInAnyOrderElementsOf(routes.keySet());
    for (AuthorizationMatrix.Row row : AuthorizationMatrix.of("route")) {
      assertThat(routes.get(row.path()).getName()).as(row.key()).isEqualTo(row.target());
    }
  }

  @TestFactory
  Stream<DynamicTest> everyRoleReachesExactlyWhatTheTableSays() {
    Map<String, Class<?>> routes = routes();
    List<DynamicTest> tests = new ArrayList<>();
    for (AuthorizationMatrix.Row row : AuthorizationMatrix.of("route")) {
      Class<?> view = routes.get(row.path());
      for (AuthorizationMatrix.Column column : AuthorizationMatrix.COLUMNS) {
        tests.add(
            DynamicTest.dynamicTest(
                row.key() + " as " + column.name(),
                () -> {
                  boolean opens =
                      view.isAnnotationPresent(AnonymousAllowed.class)
                          || AccessControl.allowed(view, column.actor());
                  assertThat(opens ? 200 : 403)
                      .as(row.key() + " as " + column.name())
                      .isEqualTo(row.expected().get(column.name()));
                }));
      }
      tests.add(
          DynamicTest.dynamicTest(
              row.key() + " as nobody",
              () ->
                  assertThat(view.isAnnotationPresent(AnonymousAllowed.class) ? 200 : 401)
                      .as(row.key() + " as nobody")
                      .isEqualTo(row.expected().get(AuthorizationMatrix.ANONYMOUS))));
    }
    return tests.stream();
  }
}
