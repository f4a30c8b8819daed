package org.cornerstone.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import jakarta.persistence.Entity;
import java.util.List;

/**
 * The layering and the context map the team agreed on, checked on every build (see {@code
 * webapp/app/README.md}).
 *
 * <p>Contexts: {@code origination}, {@code review}, {@code party}, {@code registry}, {@code
 * trading}. Each has {@code domain} ← {@code application} ← {@code infrastructure}, and {@code ui}
 * for its screens. {@code shared} is the kernel everyone may use; {@code platform} is wiring (its
 * {@code demo} seeding is a fixture loader outside the map); {@code web} and the {@code ui}
 * packages are the edge.
 */
@AnalyzeClasses(packages = "org.cornerstone", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  /** The bounded contexts of the app. */
  static final List<String> CONTEXTS =
      List.of(
          "origination",
          "review",
          "party",
          "registry",
          "trading",
          "cash",
          "offering",
          "servicing",
          "financing",
          "securitization",
          "reporting");

  /** Screens: each context's {@code ui}, the shared {@code ui.base}, and the web edge. */
  static final String[] SCREENS = {"org.cornerstone..ui..", "org.cornerstone.web.."};

  @ArchTest
  static final ArchRule domainKnowsNoFrameworks =
      noClasses()
          .that()
          .resideInAPackage("org.cornerstone..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.enterprise..",
              "jakarta.ejb..",
              "jakarta.inject..",
              "jakarta.transaction..",
              "jakarta.ws.rs..",
              "com.vaadin..",
              "org.camunda..",
              "net.corda..")
          .because("the domain is plain Java plus JPA mapping; frameworks stay at the edges");

  @ArchTest
  static final ArchRule screensGetRecordsNotEntities =
      noClasses()
          .that()
          .resideInAnyPackage(SCREENS)
          .should()
          .dependOnClassesThat()
          .areAnnotatedWith(Entity.class)
          .because("views and resources receive records from application services");

  @ArchTest
  static final ArchRule screensDoNotTouchInfrastructure =
      noClasses()
          .that()
          .resideInAnyPackage(SCREENS)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.persistence..",
              "org.camunda..",
              "org.cornerstone.ledger.embedded..",
              "org.cornerstone..infrastructure..")
          .orShould()
          .dependOnClassesThat(
              resideInAPackage("org.cornerstone.ledgergateway..")
                  .and(JavaClass.Predicates.INTERFACES))
          .because(
              "application services are the transaction boundary; screens call no ledger port");

  @ArchTest
  static final ArchRule applicationDoesNotKnowTheWeb =
      noClasses()
          .that()
          .resideInAnyPackage("org.cornerstone..application..", "org.cornerstone..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.cornerstone.web..", "org.cornerstone..ui..", "com.vaadin..", "jakarta.ws.rs..");

  /**
   * No cycles between the top-level packages ({@code org.cornerstone.X}). The screens are left out
   * (a context's {@code ui} may use {@code ui.base}, which may use any application layer), and so
   * is demo seeding, which writes fixtures into the contexts it seeds.
   */
  @ArchTest
  static final ArchRule noCyclesBetweenContexts =
      slices()
          .matching("org.cornerstone.(*)..")
          .should()
          .beFreeOfCycles()
          .ignoreDependency(resideInAnyPackage(SCREENS), alwaysTrue())
          .ignoreDependency(alwaysTrue(), resideInAnyPackage(SCREENS))
          .ignoreDependency(resideInAPackage("org.cornerstone.platform.demo.."), alwaysTrue());

  /** A context reaches another only through that context's application layer. */
  @ArchTest
  static final ArchRule contextsMeetThroughTheirApplicationLayer =
      CompositeArchRule.of(
              CONTEXTS.stream()
                  .map(
                      context ->
                          noClasses()
                              .that()
                              .resideInAPackage("org.cornerstone." + context + "..")
                              .should()
                              .dependOnClassesThat()
                              .resideInAnyPackage(
                                  CONTEXTS.stream()
                                      .filter(other -> !other.equals(context))
                                      .flatMap(
                                          other ->
                                              java.util.stream.Stream.of(
                                                  "org.cornerstone." + other + ".domain..",
                                                  "org.cornerstone." + other + ".infrastructure.."))
                                      .toArray(String[]::new)))
                  .map(ArchRule.class::cast)
                  .toList())
          .because("a context's domain and infrastructure are its own; its application is its API")
          // trading has no classes yet (issue 11)
          .allowEmptyShould(true);

  /** Inside a context: the domain knows nothing above it, the application no infrastructure. */
  @ArchTest
  static final ArchRule layersInsideAContext =
      CompositeArchRule.of(
              noClasses()
                  .that()
                  .resideInAPackage("org.cornerstone..domain..")
                  .should()
                  .dependOnClassesThat()
                  .resideInAnyPackage(
                      "org.cornerstone..application..", "org.cornerstone..infrastructure.."))
          .and(
              noClasses()
                  .that()
                  .resideInAPackage("org.cornerstone..application..")
                  .should()
                  .dependOnClassesThat()
                  .resideInAPackage("org.cornerstone..infrastructure.."))
          .because("domain ← application ← infrastructure");

  @ArchTest
  static final ArchRule theSharedKernelDependsOnNoContext =
      noClasses()
          .that()
          .resideInAPackage("org.cornerstone.shared..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              CONTEXTS.stream().map(c -> "org.cornerstone." + c + "..").toArray(String[]::new))
          .because("every context may use the kernel, so the kernel uses none of them");
}
