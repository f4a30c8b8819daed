package org.cornerstone.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;

/** The layering the team agreed on, checked on every build. */
@AnalyzeClasses(packages = "org.cornerstone", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

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
          .resideInAnyPackage("org.cornerstone.web..")
          .should()
          .dependOnClassesThat()
          .areAnnotatedWith(Entity.class)
          .because("views and resources receive records from application services");

  @ArchTest
  static final ArchRule screensDoNotTouchInfrastructure =
      noClasses()
          .that()
          .resideInAnyPackage("org.cornerstone.web..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.persistence..",
              "org.camunda..",
              "org.cornerstone.ledger.embedded..",
              "org.cornerstone..infrastructure..")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.cornerstone.ledger.Ledger")
          .because("application services are the transaction boundary");

  @ArchTest
  static final ArchRule applicationDoesNotKnowTheWeb =
      noClasses()
          .that()
          .resideInAnyPackage("org.cornerstone..application..", "org.cornerstone..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.cornerstone.web..", "com.vaadin..", "jakarta.ws.rs..");
}
