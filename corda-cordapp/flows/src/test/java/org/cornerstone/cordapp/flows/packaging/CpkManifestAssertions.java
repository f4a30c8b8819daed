package org.cornerstone.cordapp.flows.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import net.corda.v5.application.flows.ClientStartableFlow;
import net.corda.v5.application.flows.Flow;
import net.corda.v5.application.flows.ResponderFlow;
import net.corda.v5.ledger.utxo.observer.UtxoTokenTransactionStateObserver;
import net.corda.v5.ledger.utxo.query.VaultNamedQueryFactory;
import net.corda.v5.ledger.utxo.query.json.ContractStateVaultJsonFactory;

/**
 * Compares the CPK headers bnd wrote with the classes actually compiled: every concrete public flow
 * and responder must be listed, so a new flow cannot be forgotten; observers, named queries and
 * vault-JSON factories must not be here (they belong in the contracts CPK), and the CPK must
 * declare its dependency on the contracts CPK.
 */
final class CpkManifestAssertions {

  private CpkManifestAssertions() {}

  static void assertListsEveryCordaClass(Manifest manifest, byte[] dependencies, Path classes)
      throws IOException {
    Attributes main = manifest.getMainAttributes();
    assertThat(main.getValue("Corda-CPK-Format")).isEqualTo("2.0");
    assertThat(main.getValue("Bundle-SymbolicName")).isEqualTo("org.cornerstone.cornerstone-flows");
    for (String header :
        List.of(
            "Cordapp-Workflow-Name",
            "Cordapp-Workflow-Version",
            "Cordapp-Workflow-Licence",
            "Cordapp-Workflow-Vendor",
            "Corda-CPK-Cordapp-Name",
            "Corda-CPK-Cordapp-Version",
            "Corda-CPK-Cordapp-Licence",
            "Corda-CPK-Cordapp-Vendor",
            "Min-Platform-Version",
            "Target-Platform-Version")) {
      assertThat(main.getValue(header)).as(header).isNotBlank();
    }
    assertThat(Integer.parseInt(main.getValue("Cordapp-Workflow-Version"))).isPositive();

    Set<String> flows = implementing(classes, Flow.class);
    assertThat(flows).as("compiled flows").hasSizeGreaterThanOrEqualTo(15);
    assertThat(listed(main, "Corda-Flow-Classes")).isEqualTo(flows);
    assertThat(listed(main, "Corda-ClientStartableFlow-Classes"))
        .isEqualTo(implementing(classes, ClientStartableFlow.class));
    assertThat(listed(main, "Corda-InitiatedFlow-Classes"))
        .isEqualTo(implementing(classes, ResponderFlow.class));
    // Observers, named queries and vault-JSON factories are read from contract CPKs only (Corda
    // 5.2's persistence sandbox): none may be compiled into, or declared by, the flows CPK.
    for (Class<?> contractCpkOnly :
        List.of(
            UtxoTokenTransactionStateObserver.class,
            VaultNamedQueryFactory.class,
            ContractStateVaultJsonFactory.class)) {
      assertThat(implementing(classes, contractCpkOnly)).as(contractCpkOnly.getName()).isEmpty();
    }
    for (String header :
        List.of(
            "Corda-Token-Observer-Classes",
            "Corda-Token-Observer-v2-Classes",
            "Corda-Ledger-Named-Query-Classes",
            "Corda-Ledger-Vault-Json-Factory-Classes")) {
      assertThat(main.getValue(header)).as(header).isNull();
    }
    assertThat(new String(dependencies, java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"name\": \"org.cornerstone.cornerstone-contracts\"")
        .contains("\"version\": \"" + main.getValue("Bundle-Version") + "\"")
        .contains("\"verifySameSignerAsMe\": true");
  }

  private static Set<String> listed(Attributes main, String header) {
    String value = main.getValue(header);
    assertThat(value).as(header).isNotNull();
    return new TreeSet<>(Arrays.asList(value.split(",")));
  }

  /** Concrete public top-level classes under {@code classes} that implement {@code type}. */
  static Set<String> implementing(Path classes, Class<?> type) throws IOException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace(".class", "").replace('/', '.');
        if (name.contains("$") || name.startsWith("META-INF")) {
          continue;
        }
        Class<?> candidate;
        try {
          candidate = Class.forName(name, false, CpkManifestAssertions.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
        int modifiers = candidate.getModifiers();
        if (type.isAssignableFrom(candidate)
            && Modifier.isPublic(modifiers)
            && !Modifier.isAbstract(modifiers)
            && !candidate.isInterface()) {
          names.add(name);
        }
      }
    }
    return names;
  }
}
