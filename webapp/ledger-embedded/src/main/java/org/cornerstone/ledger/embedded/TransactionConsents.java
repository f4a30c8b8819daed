package org.cornerstone.ledger.embedded;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Signing by consent (ADR 0019). Before signing, every non-notary signatory of a draft must be
 * named by one of its consents ({@link #check}); after the write, in the commit's database
 * transaction, each consent becomes a row of {@code ledger.transaction_consent} with the notary's
 * signature over (transaction id, party key, kind, reference) ({@link #record}). The audit ({@link
 * #audit}) reports a non-notary signature without a consent row (after the V6 cut-off), a consent
 * row whose notary signature does not verify (edited), and a consent of a party that did not sign.
 */
final class TransactionConsents {

  /** The domain-separation prefix of the signed bytes. */
  static final String PREFIX = "cornerstone-consent-v1";

  private final TransactionRunner transactions;
  private final LedgerNotary notary;

  TransactionConsents(TransactionRunner transactions, LedgerNotary notary) {
    this.transactions = transactions;
    this.notary = notary;
  }

  /**
   * The bytes the notary signs for a consent: the ASCII prefix, a zero byte, then the transaction
   * id's, the X.509 key's, the kind's and the reference's bytes (UTF-8), each after its length (4
   * bytes).
   */
  static byte[] signedBytes(String transactionId, byte[] x509Key, String kind, String reference) {
    byte[] prefix = PREFIX.getBytes(StandardCharsets.US_ASCII);
    byte[][] parts = {
      transactionId.getBytes(StandardCharsets.UTF_8),
      x509Key,
      kind.getBytes(StandardCharsets.UTF_8),
      reference.getBytes(StandardCharsets.UTF_8)
    };
    int size = prefix.length + 1;
    for (byte[] part : parts) {
      size += 4 + part.length;
    }
    ByteBuffer bytes = ByteBuffer.allocate(size).put(prefix).put((byte) 0);
    for (byte[] part : parts) {
      bytes.putInt(part.length).put(part);
    }
    return bytes.array();
  }

  /**
   * Refuses a draft unless each signatory other than the notary is named by one of its consents,
   * and every consent names a signatory.
   *
   * @throws LedgerException {@link LedgerException#NO_CONSENT} naming the first party without one,
   *     {@link LedgerException#CONSENT_OF_NON_SIGNER} for a consent of a party that does not sign
   */
  void check(List<PublicKey> signatories, List<Consent> consents, Party notaryParty) {
    Set<PublicKey> consenting = new HashSet<>();
    for (Consent consent : consents) {
      if (!signatories.contains(consent.party())) {
        throw new LedgerException(
            LedgerException.CONSENT_OF_NON_SIGNER + ": " + nameOf(consent.party()));
      }
      consenting.add(consent.party());
    }
    for (PublicKey key : signatories) {
      if (!key.equals(notaryParty.publicKey()) && !consenting.contains(key)) {
        throw new LedgerException(LedgerException.NO_CONSENT + ": " + nameOf(key));
      }
    }
  }

  /** Records {@code consents} of transaction {@code id}, signed by the notary. */
  void record(Connection connection, LedgerHash id, List<Consent> consents, Party notaryParty)
      throws SQLException {
    if (consents.isEmpty()) {
      return;
    }
    String idText = id.toString();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into ledger.transaction_consent"
                + " (transaction_id, party_key, kind, reference, notary_signature)"
                + " values (?, ?, ?, ?, ?) on conflict do nothing")) {
      for (Consent consent : consents) {
        byte[] key = consent.party().getEncoded();
        String kind = consent.kind().name();
        insert.setString(1, idText);
        insert.setBytes(2, key);
        insert.setString(3, kind);
        insert.setString(4, consent.reference());
        insert.setBytes(
            5,
            notary
                .parties()
                .sign(
                    notaryParty.publicKey(), signedBytes(idText, key, kind, consent.reference())));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The consents recorded with transaction {@code id}, as stored (not verified). */
  static List<Consent> load(Connection connection, String id) throws SQLException {
    List<Consent> consents = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "select party_key, kind, reference from ledger.transaction_consent"
                + " where transaction_id = ? order by party_key, kind, reference")) {
      select.setString(1, id);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          consents.add(
              new Consent(
                  LedgerJson.decodeKey(row.getBytes(1)),
                  Consent.Kind.valueOf(row.getString(2)),
                  row.getString(3)));
        }
      }
    }
    return consents;
  }

  /**
   * The consent problems of the whole ledger, by transaction id: a signature other than the
   * notary's without a consent row (transactions after the V6 cut-off), a consent row whose notary
   * signature does not verify, a consent of a key that did not sign.
   */
  List<AuditReport> audit() {
    PublicKey notaryKey = notary.party().publicKey();
    return transactions.inTransaction(connection -> audit(connection, notaryKey));
  }

  private List<AuditReport> audit(Connection connection, PublicKey notaryKey) throws SQLException {
    Map<String, List<String>> problems = new LinkedHashMap<>();
    byte[] notaryBytes = notaryKey.getEncoded();
    long requiredAfter;
    try (PreparedStatement select =
            connection.prepareStatement(
                "select required_after from ledger.consent_rule where id = 1");
        ResultSet row = select.executeQuery()) {
      requiredAfter = row.next() ? row.getLong(1) : 0;
    }
    // Every signature (not the notary's) of a transaction after the cut-off has a consent row.
    Map<String, Set<String>> consentedKeys = new HashMap<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "select c.transaction_id, c.party_key, c.kind, c.reference, c.notary_signature,"
                    + " exists (select 1 from ledger.transaction_signature s"
                    + "  where s.transaction_id = c.transaction_id and s.signer_key = c.party_key)"
                    + " from ledger.transaction_consent c"
                    + " join ledger.ledger_transaction t on t.id = c.transaction_id"
                    + " order by t.seq");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        String id = row.getString(1);
        byte[] key = row.getBytes(2);
        String kind = row.getString(3);
        String reference = row.getString(4);
        String party = describe(key);
        if (!Signatures.isValid(
            notaryKey, signedBytes(id, key, kind, reference), row.getBytes(5))) {
          add(problems, id, AuditReport.BAD_CONSENT + ": " + party + " " + kind + " " + reference);
        }
        if (!row.getBoolean(6)) {
          add(problems, id, AuditReport.CONSENT_WITHOUT_SIGNATURE + ": " + party);
        }
        consentedKeys
            .computeIfAbsent(id, k -> new HashSet<>())
            .add(Base64.getEncoder().encodeToString(key));
      }
    }
    try (PreparedStatement select =
        connection.prepareStatement(
            "select s.transaction_id, s.signer_key from ledger.transaction_signature s"
                + " join ledger.ledger_transaction t on t.id = s.transaction_id"
                + " where t.seq > ? order by t.seq")) {
      select.setLong(1, requiredAfter);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          String id = row.getString(1);
          byte[] key = row.getBytes(2);
          if (Arrays.equals(key, notaryBytes)) {
            continue;
          }
          if (!consentedKeys
              .getOrDefault(id, Set.of())
              .contains(Base64.getEncoder().encodeToString(key))) {
            add(problems, id, AuditReport.SIGNATURE_WITHOUT_CONSENT + ": " + describe(key));
          }
        }
      }
    }
    List<AuditReport> reports = new ArrayList<>();
    problems.forEach((subject, list) -> reports.add(new AuditReport(subject, list)));
    return reports;
  }

  private String nameOf(PublicKey key) {
    return notary
        .parties()
        .byKey(key)
        .map(party -> party.name().toString())
        .orElseGet(() -> LedgerJson.encodeKey(key));
  }

  private String describe(byte[] x509Key) {
    try {
      return nameOf(LedgerJson.decodeKey(x509Key));
    } catch (RuntimeException unreadable) {
      return Base64.getEncoder().encodeToString(x509Key);
    }
  }

  private static void add(Map<String, List<String>> problems, String subject, String problem) {
    problems.computeIfAbsent(subject, k -> new ArrayList<>()).add(problem);
  }
}
