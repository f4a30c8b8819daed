package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.cornerstone.ledger.embedded.IndependentProofVerifier;
import org.cornerstone.ledger.embedded.VerifyLedger;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proofs from the signed ledger log over REST (issue 21): ivan downloads the proof of his own cash
 * deposit and it verifies against the notary key (read from the ledger's party table, the "out of
 * band" anchor) with the independent RFC 9162 verifier and with {@code VerifyLedger --proof}; jade,
 * another investor, gets 404 for the same id; the auditor's consistency proof between two heads
 * verifies the same two ways.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LedgerProofApiIT {
  final URL base = SuiteDeployment.base();

  @TempDir Path dir;

  @Test
  void ivanDownloadsTheProofOfHisDepositAndOnlyPartiesAndAuditorsMay() throws Exception {
    Api api = new Api(base);
    String transaction = depositedTransaction(api, "ivan", "12.34");
    byte[] notaryKey = notaryKey();

    Api.Reply proof = api.get("ivan", "/api/v1/ledger/transactions/" + transaction + "/proof");
    assertThat(proof.status()).as(proof.body()).isEqualTo(200);
    assertThat(proof.contentType()).startsWith("application/json");
    JsonNode document = proof.json();
    assertThat(document.get("proof").asText()).isEqualTo("inclusion");
    assertThat(document.get("transactionId").asText()).isEqualTo(transaction);
    assertThat(document.get("treeSize").asLong())
        .isEqualTo(document.at("/treeHead/size").asLong())
        .isGreaterThan(document.get("leafIndex").asLong());
    assertThat(document.at("/treeHead/notaryKey").asText())
        .isEqualTo(Base64.getEncoder().encodeToString(notaryKey));
    assertThat(IndependentProofVerifier.check(proof.body(), notaryKey)).isEmpty();
    assertThat(verifyLedger(proof.body(), fingerprint(notaryKey)))
        .startsWith("0 ")
        .contains("OK: transaction " + transaction);

    // the same document, changed in its leaf, fails both checks
    ObjectNode tampered = (ObjectNode) document.deepCopy();
    String otherLeaf = Base64.getEncoder().encodeToString(new byte[32]);
    ((ObjectNode) tampered.get("leaf")).put("hash", otherLeaf);
    assertThat(IndependentProofVerifier.check(tampered.toString(), notaryKey)).isNotEmpty();
    assertThat(verifyLedger(tampered.toString(), fingerprint(notaryKey))).startsWith("1 ");

    // another investor learns nothing, not even that the transaction exists
    Api.Reply jade = api.get("jade", "/api/v1/ledger/transactions/" + transaction + "/proof");
    assertThat(jade.status()).as(jade.body()).isEqualTo(404);
    Api.Reply unknown =
        api.get("jade", "/api/v1/ledger/transactions/SHA-256:" + "AB".repeat(32) + "/proof");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(jade.json().get("detail").asText().replace(transaction, "ID"))
        .isEqualTo(
            unknown.json().get("detail").asText().replace("SHA-256:" + "AB".repeat(32), "ID"));
    // trustees and auditors may read any transaction's proof
    Api.Reply audrey = api.get("audrey", "/api/v1/ledger/transactions/" + transaction + "/proof");
    assertThat(audrey.status()).as(audrey.body()).isEqualTo(200);
    assertThat(IndependentProofVerifier.check(audrey.body(), notaryKey)).isEmpty();
  }

  @Test
  void theAuditorsConsistencyProofBetweenTwoHeadsVerifies() throws Exception {
    Api api = new Api(base);
    depositedTransaction(api, "ivan", "1.00");
    Api.Reply earlier = api.get("audrey", "/api/v1/ledger/tree-heads/latest");
    assertThat(earlier.status()).as(earlier.body()).isEqualTo(200);
    long first = earlier.json().get("size").asLong();
    depositedTransaction(api, "jade", "2.00");
    Api.Reply later = api.get("tom", "/api/v1/ledger/tree-heads/latest");
    assertThat(later.status()).as(later.body()).isEqualTo(200);
    long second = later.json().get("size").asLong();
    assertThat(second).isGreaterThan(first).isGreaterThan(0);

    byte[] notaryKey = notaryKey();
    Api.Reply consistency =
        api.get("audrey", "/api/v1/ledger/consistency?from=" + first + "&to=" + second);
    assertThat(consistency.status()).as(consistency.body()).isEqualTo(200);
    JsonNode document = consistency.json();
    assertThat(document.at("/first/size").asLong()).isEqualTo(first);
    assertThat(document.at("/second/size").asLong()).isEqualTo(second);
    // the head the auditor kept is the one the proof starts from
    assertThat(document.at("/first/rootHash").asText())
        .isEqualTo(earlier.json().get("rootHash").asText());
    assertThat(IndependentProofVerifier.check(consistency.body(), notaryKey)).isEmpty();
    assertThat(verifyLedger(consistency.body(), fingerprint(notaryKey))).startsWith("0 ");

    assertThat(api.get("ivan", "/api/v1/ledger/consistency?from=1").status()).isEqualTo(403);
    assertThat(api.get("ivan", "/api/v1/ledger/tree-heads/latest").status()).isEqualTo(403);
    Api.Reply zero = api.get("audrey", "/api/v1/ledger/consistency?from=0&to=" + second);
    assertThat(zero.status()).as(zero.body()).isEqualTo(400);
    assertThat(zero.contentType()).startsWith("application/problem+json");
  }

  /** A cash deposit the settlement bank confirms; the ledger transaction that issued the cash. */
  static String depositedTransaction(Api api, String user, String amount) throws Exception {
    Api.Reply deposit =
        api.postJson(
            user,
            "/api/cash/deposits",
            "{\"amount\":\""
                + amount
                + "\",\"currency\":\"CNY\",\"reference\":\"proof IT\",\"requestKey\":\""
                + UUID.randomUUID()
                + "\"}");
    assertThat(deposit.status()).as(deposit.body()).isEqualTo(201);
    String id = deposit.json().get("id").asText();
    TradingSetup.decide(api, "bella", id, "Funds received");
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      JsonNode request = api.get(user, "/api/cash/requests/" + id).json();
      if ("COMPLETED".equals(request.get("status").asText())) {
        return request.get("ledgerTransactionId").asText();
      }
      Poll.pause();
    }
    throw new AssertionError("Deposit " + id + " was not completed");
  }

  /** The notary's public key (X.509) as the ledger's party table holds it. */
  static byte[] notaryKey() throws Exception {
    try (Connection db = Api.database();
        PreparedStatement select =
            db.prepareStatement(
                "select public_key from ledger.party where name like 'CN=Embedded Notary%'")) {
      try (ResultSet row = select.executeQuery()) {
        assertThat(row.next()).isTrue();
        return row.getBytes(1);
      }
    }
  }

  static String fingerprint(byte[] key) throws Exception {
    return "SHA-256:"
        + HexFormat.of()
            .withUpperCase()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(key));
  }

  /** {@code VerifyLedger --notary-fingerprint … --proof file}: "exit-code output". */
  private String verifyLedger(String json, String fingerprint) throws Exception {
    Path file = Files.writeString(dir.resolve("proof-" + UUID.randomUUID() + ".json"), json);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    int code =
        VerifyLedger.run(
            new String[] {"--notary-fingerprint", fingerprint, "--proof", file.toString()},
            print,
            print);
    return code + " " + out.toString(StandardCharsets.UTF_8);
  }
}
