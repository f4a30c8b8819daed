package org.cornerstone.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.cornerstone.architecture.ProductionClasses;
import org.cornerstone.shared.Actor;
import org.junit.jupiter.api.Test;

/**
 * Which service calls the screens' audit records: every method of an application service that takes
 * the actor, unless its name says it reads. The lists below are today's state-changing methods that
 * must be recorded; a new one is recorded by default.
 */
class UserActionPolicyTest {
  /** State-changing methods of today's services, by class simple name and method. */
  static final Set<String> MUST_BE_RECORDED =
      Set.of(
          "Administration.createOrganisation",
          "Administration.createUser",
          "Administration.setActive",
          "Administration.resetPassword",
          "MarketService.submit",
          "MarketService.cancel",
          "MarketService.amend",
          "MarketService.halt",
          "MarketService.resume",
          "MarketService.cancelAll",
          "IssuerAgentActions.request",
          "ReviewService.claim",
          "ReviewService.unclaim",
          "ReviewService.decide");

  static Set<String> recordedMethods() {
    Set<String> recorded = new TreeSet<>();
    for (JavaClass type : ProductionClasses.get()) {
      Class<?> java = type.reflect();
      if (!UserActionPolicy.covers(java)) {
        continue;
      }
      for (Method m : java.getDeclaredMethods()) {
        if (UserActionPolicy.recorded(m)) {
          recorded.add(java.getSimpleName() + "." + m.getName());
        }
      }
    }
    return recorded;
  }

  @Test
  void everyKnownStateChangeIsRecorded() {
    Set<String> recorded = recordedMethods();
    assertThat(recorded).containsAll(MUST_BE_RECORDED);
  }

  @Test
  void readsAreNotRecorded() {
    Set<String> recorded = recordedMethods();
    assertThat(recorded)
        .doesNotContain(
            "MarketService.markets",
            "MarketService.myOrders",
            "MarketService.preCheck",
            "Administration.auditTrail",
            "Administration.users",
            "IssuerAgentActions.audit");
  }

  @Test
  void namesDecide() {
    assertThat(UserActionPolicy.reads("listAll")).isTrue();
    assertThat(UserActionPolicy.reads("myTrades")).isTrue();
    assertThat(UserActionPolicy.reads("mystify")).isFalse();
    assertThat(UserActionPolicy.reads("openCount")).isTrue();
    assertThat(UserActionPolicy.reads("open")).isFalse();
    assertThat(UserActionPolicy.reads("submit")).isFalse();
    assertThat(UserActionPolicy.reads("somethingNew")).isFalse();
  }

  /** A sample service: what the extension would mark. */
  public static class SampleService {
    public void change(Actor actor, String id) {}

    public String listThings(Actor actor) {
      return "";
    }

    public void noActor(String id) {}

    static void helper(Actor actor) {}
  }

  @Test
  void onlyPublicInstanceMethodsWithTheActorCount() throws Exception {
    Method change = SampleService.class.getMethod("change", Actor.class, String.class);
    Method list = SampleService.class.getMethod("listThings", Actor.class);
    Method none = SampleService.class.getMethod("noActor", String.class);
    Method helper = SampleService.class.getDeclaredMethod("helper", Actor.class);
    assertThat(UserActionPolicy.recorded(change)).isTrue();
    assertThat(UserActionPolicy.recorded(list)).isFalse();
    assertThat(UserActionPolicy.recorded(none)).isFalse();
    assertThat(UserActionPolicy.recorded(helper)).isFalse();
    assertThat(Arrays.asList(SampleService.class.getPackageName().split("\\.")))
        .contains("application");
  }
}
