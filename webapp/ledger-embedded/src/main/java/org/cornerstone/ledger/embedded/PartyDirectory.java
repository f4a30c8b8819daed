package org.cornerstone.ledger.embedded;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import net.corda.v5.base.types.MemberX500Name;

/**
 * Per-organisation Ed25519 key pairs, generated on first use and kept in {@code ledger.party}: the
 * public key X.509-encoded, the private key PKCS#8 encrypted with AES-256-GCM under a key derived
 * with PBKDF2 from the configured secret (the party's name is the associated data). Keys are never
 * logged; decrypted private keys stay in memory only.
 */
public final class PartyDirectory {

  /** The signature and key algorithm of every party. */
  public static final String KEY_ALGORITHM = "Ed25519";

  static final int KDF_ITERATIONS = 210_000;
  private static final int SALT_BYTES = 16;
  private static final int IV_BYTES = 12;
  private static final int GCM_TAG_BITS = 128;

  private final TransactionRunner transactions;
  private final char[] secret;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<MemberX500Name, Party> partiesByName = new ConcurrentHashMap<>();
  private final Map<PublicKey, Party> partiesByKey = new ConcurrentHashMap<>();
  private final Map<PublicKey, Signatures.Signer> signers = new ConcurrentHashMap<>();

  /**
   * @param transactions how to reach the database
   * @param secret the secret the private-key encryption key is derived from (not empty)
   * @param clock the time recorded when a key pair is created
   */
  public PartyDirectory(TransactionRunner transactions, char[] secret, Clock clock) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    if (secret == null || secret.length == 0) {
      throw new IllegalArgumentException("The ledger secret must not be empty");
    }
    this.secret = secret.clone();
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The party for {@code name}, generating and storing its key pair on first use. */
  public Party partyFor(MemberX500Name name) {
    Party cached = partiesByName.get(name);
    if (cached != null) {
      return cached;
    }
    Party party =
        transactions.inTransaction(
            connection -> {
              Optional<Party> existing = load(connection, name);
              return existing.isPresent() ? existing.get() : create(connection, name);
            });
    remember(party);
    return party;
  }

  /** The local party whose ledger key is {@code publicKey}, if any. */
  public Optional<Party> byKey(PublicKey publicKey) {
    Party cached = partiesByKey.get(publicKey);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<Party> party =
        transactions.inTransaction(
            connection -> {
              try (PreparedStatement select =
                  connection.prepareStatement(
                      "select name, public_key from ledger.party where public_key = ?")) {
                select.setBytes(1, publicKey.getEncoded());
                try (ResultSet row = select.executeQuery()) {
                  return row.next() ? Optional.of(toParty(row)) : Optional.<Party>empty();
                }
              }
            });
    party.ifPresent(this::remember);
    return party;
  }

  /**
   * Signs {@code data} with the private key of the local party owning {@code publicKey}.
   *
   * @throws LedgerException {@link LedgerException#UNKNOWN_SIGNATORY} if no local party has the
   *     key, {@link LedgerException#WRONG_SECRET} if the key cannot be decrypted, {@link
   *     LedgerException#KEY_PAIR_MISMATCH} if the stored private key is not the public key's
   *     (checked once per key, when it is first used)
   */
  public byte[] sign(PublicKey publicKey, byte[] data) {
    Signatures.Signer signer = signers.get(publicKey);
    if (signer == null) {
      signer = Signatures.signerFor(privateKey(publicKey), publicKey);
      signers.put(publicKey, signer);
    }
    return signer.sign(data);
  }

  /** Whether {@code signature} is a valid signature of {@code data} by {@code publicKey}. */
  public static boolean isValidSignature(PublicKey publicKey, byte[] data, byte[] signature) {
    return Signatures.isValid(publicKey, data, signature);
  }

  private PrivateKey privateKey(PublicKey publicKey) {
    return transactions.inTransaction(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select name, encrypted_private_key, kdf_salt, kdf_iterations, gcm_iv"
                      + " from ledger.party where public_key = ?")) {
            select.setBytes(1, publicKey.getEncoded());
            try (ResultSet row = select.executeQuery()) {
              if (!row.next()) {
                throw new LedgerException(LedgerException.UNKNOWN_SIGNATORY);
              }
              return decrypt(
                  row.getString(1),
                  row.getBytes(2),
                  row.getBytes(3),
                  row.getInt(4),
                  row.getBytes(5));
            }
          }
        });
  }

  private Optional<Party> load(Connection connection, MemberX500Name name) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("select name, public_key from ledger.party where name = ?")) {
      select.setString(1, name.toString());
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(toParty(row)) : Optional.empty();
      }
    }
  }

  private Party create(Connection connection, MemberX500Name name) throws SQLException {
    KeyPair pair;
    byte[] salt = randomBytes(SALT_BYTES);
    byte[] iv = randomBytes(IV_BYTES);
    byte[] encrypted;
    try {
      pair = KeyPairGenerator.getInstance(KEY_ALGORITHM).generateKeyPair();
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.ENCRYPT_MODE,
          deriveKey(salt, KDF_ITERATIONS),
          new GCMParameterSpec(GCM_TAG_BITS, iv));
      cipher.updateAAD(name.toString().getBytes(StandardCharsets.UTF_8));
      encrypted = cipher.doFinal(pair.getPrivate().getEncoded());
    } catch (GeneralSecurityException e) {
      throw new LedgerException("Cannot create the key pair of " + name, e);
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into ledger.party (name, public_key, key_algorithm, encrypted_private_key,"
                + " kdf_salt, kdf_iterations, gcm_iv, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (name) do nothing")) {
      insert.setString(1, name.toString());
      insert.setBytes(2, pair.getPublic().getEncoded());
      insert.setString(3, KEY_ALGORITHM);
      insert.setBytes(4, encrypted);
      insert.setBytes(5, salt);
      insert.setInt(6, KDF_ITERATIONS);
      insert.setBytes(7, iv);
      insert.setTimestamp(8, Timestamp.from(clock.instant()));
      if (insert.executeUpdate() == 0) {
        // another caller created it first: theirs is the key pair
        return load(connection, name).orElseThrow();
      }
    }
    signers.put(pair.getPublic(), Signatures.signerFor(pair.getPrivate(), pair.getPublic()));
    return new Party(name, pair.getPublic());
  }

  private PrivateKey decrypt(
      String name, byte[] encrypted, byte[] salt, int iterations, byte[] iv) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE, deriveKey(salt, iterations), new GCMParameterSpec(GCM_TAG_BITS, iv));
      cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
      byte[] pkcs8 = cipher.doFinal(encrypted);
      try {
        return KeyFactory.getInstance(KEY_ALGORITHM)
            .generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
      } finally {
        Arrays.fill(pkcs8, (byte) 0);
      }
    } catch (GeneralSecurityException e) { // AEADBadTagException: wrong secret or edited blob
      throw new LedgerException(LedgerException.WRONG_SECRET + " (party " + name + ")", e);
    }
  }

  private SecretKeySpec deriveKey(byte[] salt, int iterations) throws GeneralSecurityException {
    PBEKeySpec spec = new PBEKeySpec(secret, salt, iterations, 256);
    try {
      byte[] key =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      return new SecretKeySpec(key, "AES");
    } finally {
      spec.clearPassword();
    }
  }

  private byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    random.nextBytes(bytes);
    return bytes;
  }

  private static Party toParty(ResultSet row) throws SQLException {
    return new Party(MemberX500Name.parse(row.getString(1)), LedgerJson.decodeKey(row.getBytes(2)));
  }

  private void remember(Party party) {
    partiesByName.put(party.name(), party);
    partiesByKey.put(party.publicKey(), party);
  }
}
