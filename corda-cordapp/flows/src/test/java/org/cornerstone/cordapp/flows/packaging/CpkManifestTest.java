package org.cornerstone.cordapp.flows.packaging;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/** Checks the manifest bnd writes into target/classes (process-classes), before packaging. */
class CpkManifestTest {

  @Test
  void bndManifestListsEveryFlowAndTheContractsDependency() throws Exception {
    Path classes = Path.of("target", "classes");
    try (InputStream in = Files.newInputStream(classes.resolve("META-INF/MANIFEST.MF"))) {
      CpkManifestAssertions.assertListsEveryCordaClass(
          new Manifest(in),
          Files.readAllBytes(classes.resolve("META-INF/CPKDependencies.json")),
          classes);
    }
  }
}
