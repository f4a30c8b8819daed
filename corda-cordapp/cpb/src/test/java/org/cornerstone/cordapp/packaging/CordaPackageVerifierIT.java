package org.cornerstone.cordapp.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link CordaPackageVerifier} on the CPB this module built (failsafe, after {@code package};
 * no network). With {@code -Dcordapp.cpks=<dir>} it checks the loose CPK jars of that directory
 * instead, which is how the artefacts of earlier builds are judged.
 */
class CordaPackageVerifierIT {

  @Test
  void builtCpbPassesCorda52Rules() throws Exception {
    CordaPackageVerifier verifier = new CordaPackageVerifier(trustedCertificates());
    String loose = System.getProperty("cordapp.cpks", "");
    if (loose.isBlank()) {
      Path cpb = Path.of(System.getProperty("cordapp.cpb"));
      assertThat(cpb).exists();
      verifier.verifyCpb(cpb);
    } else {
      Map<String, byte[]> cpks = new LinkedHashMap<>();
      try (Stream<Path> files = Files.list(Path.of(loose))) {
        for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
          cpks.put(jar.getFileName().toString(), Files.readAllBytes(jar));
        }
      }
      assertThat(cpks).as("CPK jars in " + loose).isNotEmpty();
      verifier.verifyCpks(cpks);
    }
    assertThat(verifier.problems())
        .as("problems a Corda 5.2 cluster would have with the CorDapp")
        .isEmpty();
  }

  @Test
  void cpbWithAlteredCpkIsRejected() throws Exception {
    Path cpb = Path.of(System.getProperty("cordapp.cpb"));
    Path altered = Files.createTempFile("altered", ".cpb");
    try (ZipFile original = new ZipFile(cpb.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(altered))) {
      for (ZipEntry entry : java.util.Collections.list(original.entries())) {
        byte[] bytes = original.getInputStream(entry).readAllBytes();
        out.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().startsWith("cornerstone-flows")) {
          bytes[bytes.length / 2] ^= 1;
        }
        out.write(bytes);
        out.closeEntry();
      }
    }
    CordaPackageVerifier verifier = new CordaPackageVerifier(trustedCertificates());
    verifier.verifyCpb(altered);
    assertThat(verifier.problems()).anyMatch(p -> p.contains("cannot be read as a signed jar"));
  }

  @Test
  void cpbSignedByAnUntrustedKeyIsRejected() throws Exception {
    X509Certificate stranger =
        (X509Certificate)
            java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCertificate(
                    CordaPackageVerifierIT.class.getResourceAsStream("/untrusted-signer.pem"));
    CordaPackageVerifier verifier = new CordaPackageVerifier(List.of(stranger));
    verifier.verifyCpb(Path.of(System.getProperty("cordapp.cpb")));
    assertThat(verifier.problems())
        .isNotEmpty()
        .allMatch(p -> p.contains("does not lead to a trusted certificate"));
  }

  @Test
  void unsignedWorkflowCpkWithPersistenceHeadersIsRefused() throws Exception {
    Map<String, byte[]> cpks = new LinkedHashMap<>();
    try (ZipFile cpb = new ZipFile(System.getProperty("cordapp.cpb"))) {
      for (ZipEntry entry : java.util.Collections.list(cpb.entries())) {
        byte[] bytes = cpb.getInputStream(entry).readAllBytes();
        if (entry.getName().startsWith("cornerstone-contracts")) {
          cpks.put(entry.getName(), bytes);
        } else if (entry.getName().startsWith("cornerstone-flows")) {
          cpks.put(entry.getName(), unsignedWithPersistenceHeaders(bytes));
        }
      }
    }
    CordaPackageVerifier verifier = new CordaPackageVerifier(trustedCertificates());
    verifier.verifyCpks(cpks);
    assertThat(verifier.problems())
        .anyMatch(p -> p.contains("cornerstone-flows") && p.contains("not signed"))
        .anyMatch(p -> p.contains("CPKDependencies.json not found"))
        .anyMatch(p -> p.contains("Corda-Token-Observer-v2-Classes in a workflow CPK"))
        .anyMatch(p -> p.contains("Corda-Vault-Named-Query-Factory-Classes is not read"))
        .noneMatch(p -> p.contains("cornerstone-contracts"));
  }

  /**
   * The flows CPK as the old build made it: unsigned, no dependencies file, persistence headers.
   */
  private static byte[] unsignedWithPersistenceHeaders(byte[] cpk) throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.jar.JarInputStream in =
            new java.util.jar.JarInputStream(new java.io.ByteArrayInputStream(cpk), false);
        java.util.jar.JarOutputStream jar =
            new java.util.jar.JarOutputStream(out, withPersistenceHeaders(in.getManifest()))) {
      java.util.jar.JarEntry entry;
      while ((entry = in.getNextJarEntry()) != null) {
        if (CordaPackageVerifier.isSigningRelated(entry.getName())
            || entry.getName().equals(CordaPackageVerifier.DEPENDENCIES_ENTRY)) {
          continue;
        }
        jar.putNextEntry(new java.util.jar.JarEntry(entry.getName()));
        jar.write(in.readAllBytes());
        jar.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static java.util.jar.Manifest withPersistenceHeaders(java.util.jar.Manifest signed) {
    java.util.jar.Manifest manifest = new java.util.jar.Manifest();
    manifest.getMainAttributes().putAll(signed.getMainAttributes());
    manifest
        .getMainAttributes()
        .putValue(
            CordaPackageVerifier.TOKEN_OBSERVERS_V2,
            "org.cornerstone.cordapp.selection.AssetTokenObserver");
    manifest
        .getMainAttributes()
        .putValue(
            "Corda-Vault-Named-Query-Factory-Classes",
            "org.cornerstone.cordapp.query.HoldingQueries");
    return manifest;
  }

  /** The signing key's root certificate: what the cluster admin uploads as code-signer. */
  static List<X509Certificate> trustedCertificates() throws Exception {
    Path keystore = Path.of(System.getProperty("cordapp.signing.keystore", "missing.p12"));
    List<X509Certificate> trusted = new ArrayList<>();
    if (!Files.exists(keystore)) {
      return trusted;
    }
    char[] password = System.getProperty("cordapp.signing.storepass", "").toCharArray();
    KeyStore store =
        KeyStore.getInstance(System.getProperty("cordapp.signing.storetype", "PKCS12"));
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, password);
    }
    Certificate[] chain = store.getCertificateChain(System.getProperty("cordapp.signing.alias"));
    if (chain != null && chain.length > 0) {
      trusted.add((X509Certificate) chain[chain.length - 1]);
    }
    return trusted;
  }
}
