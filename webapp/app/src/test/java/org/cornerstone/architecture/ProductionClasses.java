package org.cornerstone.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The app's own production classes ({@code org.cornerstone}, tests left out), imported once per
 * test JVM for the tests that look for routes, resources and recorded actions.
 */
public final class ProductionClasses {
  private static JavaClasses imported;

  private ProductionClasses() {}

  public static synchronized JavaClasses get() {
    if (imported == null) {
      imported =
          new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages("org.cornerstone");
    }
    return imported;
  }
}
