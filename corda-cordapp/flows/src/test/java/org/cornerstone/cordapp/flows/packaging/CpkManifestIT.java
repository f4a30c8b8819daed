package org.cornerstone.cordapp.flows.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Opens the packaged jar (failsafe runs after {@code package}) and checks its CPK manifest. */
class CpkManifestIT {

  @Test
  void packagedJarCarriesTheCpkHeaders() throws Exception {
    List<Path> jars;
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      jars =
          files
              .filter(f -> f.getFileName().toString().matches("cornerstone-flows-.*\\.jar"))
              .filter(f -> !f.getFileName().toString().matches(".*-(sources|tests|javadoc)\\.jar"))
              .toList();
    }
    assertThat(jars).hasSize(1);
    try (JarFile jar = new JarFile(jars.get(0).toFile())) {
      CpkManifestAssertions.assertListsEveryCordaClass(
          jar.getManifest(),
          jar.getInputStream(jar.getEntry("META-INF/CPKDependencies.json")).readAllBytes(),
          Path.of("target", "classes"));
    }
  }
}
