package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import net.corda.v5.base.types.MemberX500Name;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PartyDirectoryIT {

  private static final byte[] DATA = "transaction id".getBytes(StandardCharsets.UTF_8);

  /** The DER header every PKCS#8 Ed25519 private key starts with (RFC 8410). */
  private static final byte[] PKCS8_ED25519_HEADER =
      HexFormat.of().parseHex("302e020100300506032b657004220420");

  private static DataSource dataSource;
  private static TransactionRunner runner;

  @BeforeAll
  static void schema() {
    dataSource = TestDatabase.freshLedgerSchema();
    runner = new JdbcTransactionRunner(dataSource);
  }

  private PartyDirectory directory(String secret) {
    return new PartyDirectory(runner, secret.toCharArray(), Clock.systemUTC());
  }

  @Test
  void aPartyKeepsItsKeyAcrossDirectoriesAndRestarts() {
    MemberX500Name name = MemberX500Name.parse("O=Keeper Bank, L=Zurich, C=CH");
    Party first = directory("s3cret").partyFor(name);
    Party again = directory("s3cret").partyFor(name);

    assertThat(again).isEqualTo(first);
    assertThat(first.publicKey().getAlgorithm()).isIn("Ed25519", "EdDSA");
    assertThat(directory("s3cret").byKey(first.publicKey())).contains(first);
  }

  @Test
  void differentOrganisationsGetDifferentKeys() {
    PartyDirectory directory = directory("s3cret");
    Party one = directory.partyFor(MemberX500Name.parse("O=One, L=Zurich, C=CH"));
    Party two = directory.partyFor(MemberX500Name.parse("O=Two, L=Zurich, C=CH"));

    assertThat(one.publicKey()).isNotEqualTo(two.publicKey());
    assertThat(directory.byKey(LedgerJsonTest.newKey())).isEmpty();
  }

  @Test
  void signaturesVerifyWithThePartysPublicKeyOnly() {
    PartyDirectory directory = directory("s3cret");
    Party signer = directory.partyFor(MemberX500Name.parse("O=Signer, L=Zurich, C=CH"));
    Party other = directory.partyFor(MemberX500Name.parse("O=Other, L=Zurich, C=CH"));

    byte[] signature = directory("s3cret").sign(signer.publicKey(), DATA);

    assertThat(PartyDirectory.isValidSignature(signer.publicKey(), DATA, signature)).isTrue();
    assertThat(PartyDirectory.isValidSignature(other.publicKey(), DATA, signature)).isFalse();
  }

  @Test
  void thePrivateKeyIsEncryptedAtRest() throws Exception {
    MemberX500Name name = MemberX500Name.parse("O=Vaulted, L=Zurich, C=CH");
    Party party = directory("s3cret").partyFor(name);
    byte[] stored = storedPrivateKey(name);

    assertThat(indexOf(stored, PKCS8_ED25519_HEADER)).isNegative();
    assertThatThrownBy(
            () ->
                KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(stored)))
        .isInstanceOf(Exception.class);
    assertThat(
            PartyDirectory.isValidSignature(
                party.publicKey(), DATA, directory("s3cret").sign(party.publicKey(), DATA)))
        .isTrue();
  }

  @Test
  void aWrongSecretFailsClearly() {
    Party party = directory("right").partyFor(MemberX500Name.parse("O=Locked, L=Zurich, C=CH"));

    assertThatThrownBy(() -> directory("wrong").sign(party.publicKey(), DATA))
        .isInstanceOf(LedgerException.class)
        .hasMessageStartingWith(LedgerException.WRONG_SECRET);
  }

  /**
   * The ledger does not verify the signatures it has just made (issue 15), so a stored private key
   * that is not the public key's (an edited row) must be refused before it signs: checked once, at
   * the key's first use.
   */
  @Test
  void aPrivateKeyStoredForAnotherPublicKeySignsNothing() throws Exception {
    MemberX500Name name = MemberX500Name.parse("O=Swapped, L=Zurich, C=CH");
    directory("s3cret").partyFor(name);
    PublicKey replacement = LedgerJsonTest.newKey();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement("update ledger.party set public_key = ? where name = ?")) {
      update.setBytes(1, replacement.getEncoded());
      update.setString(2, name.toString());
      assertThat(update.executeUpdate()).isEqualTo(1);
    }

    assertThatThrownBy(() -> directory("s3cret").sign(replacement, DATA))
        .isInstanceOf(LedgerException.class)
        .hasMessageStartingWith(LedgerException.KEY_PAIR_MISMATCH);
  }

  @Test
  void signingWithAForeignKeyIsRefused() {
    assertThatThrownBy(() -> directory("s3cret").sign(LedgerJsonTest.newKey(), DATA))
        .isInstanceOf(LedgerException.class)
        .hasMessage(LedgerException.UNKNOWN_SIGNATORY);
  }

  @Test
  void concurrentFirstUseCreatesOneKeyPair() throws Exception {
    MemberX500Name name = MemberX500Name.parse("O=Racing Bank, L=Zurich, C=CH");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Party>> calls =
          IntStream.range(0, 8)
              .<Callable<Party>>mapToObj(i -> () -> directory("s3cret").partyFor(name))
              .toList();
      List<Party> parties = pool.invokeAll(calls).stream().map(PartyDirectoryIT::get).toList();

      assertThat(parties).containsOnly(parties.get(0));
      assertThat(
              TestDatabase.count(
                  dataSource, "select count(*) from ledger.party where name = '" + name + "'"))
          .isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Party get(Future<Party> future) {
    try {
      return future.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] storedPrivateKey(MemberX500Name name) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select encrypted_private_key from ledger.party where name = ?")) {
      select.setString(1, name.toString());
      try (ResultSet row = select.executeQuery()) {
        assertThat(row.next()).isTrue();
        return row.getBytes(1);
      }
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
