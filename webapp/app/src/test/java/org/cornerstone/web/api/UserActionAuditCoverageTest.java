package org.cornerstone.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.PreMatching;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cornerstone.architecture.ProductionClasses;
import org.junit.jupiter.api.Test;

/**
 * No state-changing REST method escapes the audit log of user actions: the audit filter is part of
 * the API, global (no name binding), runs before authentication, and records every HTTP method a
 * resource uses except GET/HEAD/OPTIONS; and every resource class on the class path is one the API
 * serves (a resource not listed in {@link RestApplication} would also be outside the filter).
 */
class UserActionAuditCoverageTest {
  static List<Class<?>> resourceClasses() {
    List<Class<?>> resources = new ArrayList<>();
    for (JavaClass type : ProductionClasses.get()) {
      if (type.isAnnotatedWith(Path.class)) {
        resources.add(type.reflect());
      }
    }
    return resources;
  }

  static String httpMethod(Method method) {
    for (Annotation a : method.getAnnotations()) {
      HttpMethod designator = a.annotationType().getAnnotation(HttpMethod.class);
      if (designator != null) {
        return designator.value();
      }
    }
    return null;
  }

  @Test
  void everyResourceIsServedByTheApiWithTheAuditFilter() {
    Set<Class<?>> served = new RestApplication().getClasses();
    assertThat(resourceClasses()).isNotEmpty().allSatisfy(r -> assertThat(served).contains(r));
    assertThat(served).contains(UserActionAuditFilter.class);
  }

  @Test
  void theFilterIsGlobalAndRunsFirst() {
    for (Annotation a : UserActionAuditFilter.class.getAnnotations()) {
      assertThat(a.annotationType().isAnnotationPresent(NameBinding.class))
          .as("a name binding would limit the filter to some resources")
          .isFalse();
    }
    assertThat(UserActionAuditFilter.class.isAnnotationPresent(PreMatching.class)).isTrue();
    assertThat(UserActionAuditFilter.class.getAnnotation(Priority.class).value())
        .isLessThan(Priorities.AUTHENTICATION);
  }

  @Test
  void everyStateChangingResourceMethodIsRecorded() {
    Set<String> stateChanging = new TreeSet<>();
    for (Class<?> resource : resourceClasses()) {
      for (Method method : resource.getMethods()) {
        String http = httpMethod(method);
        if (http == null || Set.of("GET", "HEAD", "OPTIONS").contains(http)) {
          continue;
        }
        stateChanging.add(http + " " + UserActionAuditFilter.templateOf(resource, method));
        assertThat(UserActionAuditFilter.audits(http))
            .as(http + " " + UserActionAuditFilter.templateOf(resource, method))
            .isTrue();
      }
    }
    // the API changes state through POST, PUT, PATCH and DELETE today; all of them are recorded
    assertThat(stateChanging)
        .contains(
            "POST /api/assets",
            "PUT /api/admin/users/{username}/active",
            "PATCH /api/orders/{orderId}",
            "DELETE /api/orders/{orderId}");
    assertThat(UserActionAuditFilter.audits("GET")).isFalse();
  }

  @Test
  void templatesJoinTheClassAndMethodPaths() throws Exception {
    assertThat(
            UserActionAuditFilter.templateOf(
                AssetResource.class, AssetResource.class.getMethod("get", String.class)))
        .isEqualTo("/api/assets/{id}");
    assertThat(
            UserActionAuditFilter.templateOf(
                MarketResource.class, MarketResource.class.getMethod("markets")))
        .isEqualTo("/api/market");
  }
}
