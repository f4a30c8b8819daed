package org.cornerstone.ledger.embedded;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Re-encrypts every party's private key in {@code ledger.party} from the current key-encryption
 * secret to a new one (ADR 0019), in one database transaction holding an exclusive lock on the
 * table: either every key is re-encrypted (fresh salt and IV each) or none is. The key pairs do not
 * change, so signatures, pins and heads stay valid. Run it with the application stopped (a running
 * one keeps decrypted keys in memory and would create new parties under the old secret), then start
 * the application with the new secret.
 *
 * <p>Command line: {@code RotateKeySecret JDBC-URL [USER]}, the password in env {@code
 * CORNERSTONE_DB_PASSWORD}, the current secret in {@code CORNERSTONE_KEY_SECRET} and the new one in
 * {@code CORNERSTONE_NEW_KEY_SECRET}. Exit 0: rotated (count printed); 1: refused (wrong current
 * secret: nothing changed); 2: usage.
 */
public final class RotateKeySecret {

  private static final int SALT_BYTES = 16;
  private static final int IV_BYTES = 12;
  private static final int GCM_TAG_BITS = 128;

  private RotateKeySecret() {}

  /**
   * Re-encrypts every party key under {@code next} on {@code connection}, in the caller's
   * transaction.
   *
   * @return the number of keys re-encrypted
   * @throws LedgerException {@link LedgerException#WRONG_SECRET} if a key does not decrypt under
   *     {@code current} (then the caller must roll back)
   */
  public static int rotate(Connection connection, char[] current, char[] next) throws SQLException {
    if (next == null || next.length == 0 || Arrays.equals(current, next)) {
      throw new IllegalArgumentException("The new secret must be set and differ from the current");
    }
    try (Statement lock = connection.createStatement()) {
      lock.execute("lock table ledger.party in exclusive mode");
    }
    record Row(String name, byte[] encrypted, byte[] salt, int iterations, byte[] iv) {}
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "select name, encrypted_private_key, kdf_salt, kdf_iterations, gcm_iv"
                    + " from ledger.party order by name");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        rows.add(
            new Row(
                row.getString(1),
                row.getBytes(2),
                row.getBytes(3),
                row.getInt(4),
                row.getBytes(5)));
      }
    }
    SecureRandom random = new SecureRandom();
    try (PreparedStatement update =
        connection.prepareStatement(
            "update ledger.party set encrypted_private_key = ?, kdf_salt = ?, kdf_iterations = ?,"
                + " gcm_iv = ? where name = ?")) {
      for (Row r : rows) {
        byte[] pkcs8 =
            crypt(
                Cipher.DECRYPT_MODE,
                current,
                r.name(),
                r.salt(),
                r.iterations(),
                r.iv(),
                r.encrypted());
        try {
          byte[] salt = new byte[SALT_BYTES];
          byte[] iv = new byte[IV_BYTES];
          random.nextBytes(salt);
          random.nextBytes(iv);
          update.setBytes(
              1,
              crypt(
                  Cipher.ENCRYPT_MODE,
                  next,
                  r.name(),
                  salt,
                  PartyDirectory.KDF_ITERATIONS,
                  iv,
                  pkcs8));
          update.setBytes(2, salt);
          update.setInt(3, PartyDirectory.KDF_ITERATIONS);
          update.setBytes(4, iv);
          update.setString(5, r.name());
          update.addBatch();
        } finally {
          Arrays.fill(pkcs8, (byte) 0);
        }
      }
      update.executeBatch();
    }
    return rows.size();
  }

  /** {@link #rotate(Connection, char[], char[])} in a transaction of its own. */
  public static int rotate(TransactionRunner transactions, char[] current, char[] next) {
    return transactions.inTransaction(connection -> rotate(connection, current, next));
  }

  /** AES-256-GCM as {@link PartyDirectory} uses it: PBKDF2 key, the party's name as AAD. */
  private static byte[] crypt(
      int mode, char[] secret, String name, byte[] salt, int iterations, byte[] iv, byte[] input) {
    PBEKeySpec spec = new PBEKeySpec(secret, salt, iterations, 256);
    try {
      byte[] key =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(GCM_TAG_BITS, iv));
      Arrays.fill(key, (byte) 0);
      cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) { // AEADBadTagException: not the current secret
      throw new LedgerException(LedgerException.WRONG_SECRET + " (party " + name + ")", e);
    } finally {
      spec.clearPassword();
    }
  }

  public static void main(String[] args) {
    String current = System.getenv("CORNERSTONE_KEY_SECRET");
    String next = System.getenv("CORNERSTONE_NEW_KEY_SECRET");
    if (args.length < 1 || current == null || next == null || current.equals(next)) {
      System.err.println(
          "usage: RotateKeySecret JDBC-URL [USER]  (env CORNERSTONE_KEY_SECRET = current secret,"
              + " CORNERSTONE_NEW_KEY_SECRET = new secret, CORNERSTONE_DB_PASSWORD)");
      System.exit(2);
    }
    String password = System.getenv().getOrDefault("CORNERSTONE_DB_PASSWORD", "");
    try (Connection connection =
        DriverManager.getConnection(args[0], args.length > 1 ? args[1] : "postgres", password)) {
      connection.setAutoCommit(false);
      try {
        int count = rotate(connection, current.toCharArray(), next.toCharArray());
        connection.commit();
        System.out.println("Re-encrypted " + count + " party keys under the new secret");
      } catch (RuntimeException | SQLException e) {
        connection.rollback();
        System.err.println("Nothing changed: " + e.getMessage());
        System.exit(1);
      }
    } catch (SQLException e) {
      System.err.println("Cannot reach the database: " + e.getMessage());
      System.exit(2);
    }
  }
}
