package org.cornerstone.corda.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.cornerstone.corda.client.stub.CordaRestStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client against an HTTPS stub with a self-signed certificate made by the JDK's keytool. */
class CordaClientTlsTest {
  private static final String USER = "cornerstone";
  private static final String PASSWORD = "s3cret";
  private static final String STORE_PASSWORD = "changeit";
  private static final String TRUST_PASSWORD = "trustpass";

  @TempDir static Path dir;
  private static Path trustStore;
  private static CordaRestStub stub;
  private final ManualTime time = new ManualTime(Instant.parse("2026-11-02T09:00:00Z"));

  @BeforeAll
  static void startTlsStub() throws Exception {
    Path serverStore = dir.resolve("server.p12");
    Path cert = dir.resolve("server.cer");
    trustStore = dir.resolve("trust.p12");
    keytool(
        "-genkeypair",
        "-alias",
        "corda",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=localhost",
        "-ext",
        "SAN=ip:127.0.0.1,dns:localhost",
        "-validity",
        "2",
        "-storetype",
        "PKCS12",
        "-keystore",
        serverStore.toString(),
        "-storepass",
        STORE_PASSWORD);
    keytool(
        "-exportcert",
        "-alias",
        "corda",
        "-keystore",
        serverStore.toString(),
        "-storepass",
        STORE_PASSWORD,
        "-file",
        cert.toString());
    keytool(
        "-importcert",
        "-noprompt",
        "-alias",
        "corda",
        "-file",
        cert.toString(),
        "-storetype",
        "PKCS12",
        "-keystore",
        trustStore.toString(),
        "-storepass",
        TRUST_PASSWORD);

    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(serverStore)) {
      keys.load(in, STORE_PASSWORD.toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(keys, STORE_PASSWORD.toCharArray());
    SSLContext server = SSLContext.getInstance("TLS");
    server.init(kmf.getKeyManagers(), null, null);
    stub = CordaRestStub.startTls(USER, PASSWORD, server);
    stub.addVirtualNode("3B8DECDDD6E2", "O=Alpha Trust, L=Zurich, C=CH");
  }

  @AfterAll
  static void stopStub() {
    if (stub != null) {
      stub.close();
    }
  }

  private static void keytool(String... args) throws Exception {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    List<String> command = new java.util.ArrayList<>(List.of(keytool.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
  }

  private CordaClient client(Path store, String storePassword) {
    return new CordaClient(
        new CordaClientConfig(
            stub.baseUrl(),
            USER,
            PASSWORD,
            store,
            storePassword,
            Duration.ofMillis(500),
            Duration.ofSeconds(10),
            Duration.ofSeconds(60),
            Duration.ofSeconds(5),
            HoldingIdentityMap.empty()),
        time,
        time);
  }

  @Test
  void trustsTheClusterThroughTheConfiguredTrustStore() {
    assertThat(stub.baseUrl().getScheme()).isEqualTo("https");
    assertThat(client(trustStore, TRUST_PASSWORD).listVirtualNodes())
        .extracting(VirtualNode::holdingIdentityShortHash)
        .containsExactly("3B8DECDDD6E2");
  }

  @Test
  void theJdkDefaultTrustStoreRejectsTheSelfSignedCertificate() {
    CordaClient client = client(null, null);
    assertThatThrownBy(client::listVirtualNodes)
        .isInstanceOf(CordaTlsException.class)
        .hasMessageStartingWith(
            String.format(CordaTlsException.HANDSHAKE_FAILED, stub.baseUrl(), ""))
        .satisfies(e -> assertThat(((CordaClientException) e).isRetriable()).isFalse());
  }

  @Test
  void aWrongTrustStorePasswordIsReportedAtConstruction() {
    assertThatThrownBy(() -> client(trustStore, "wrong"))
        .isInstanceOf(CordaTlsException.class)
        .hasMessageStartingWith(
            String.format(CordaTlsException.TRUST_STORE_UNREADABLE, trustStore, ""));
  }
}
