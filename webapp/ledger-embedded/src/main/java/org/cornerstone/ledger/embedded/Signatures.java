package org.cornerstone.ledger.embedded;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * Ed25519 (RFC 8032) signatures through Bouncy Castle's lightweight API, which is several times
 * faster than the JDK 17 provider and gives identical signatures; other key types use the JDK.
 */
final class Signatures {

  /** The Ed25519 algorithm identifier (RFC 8410). */
  private static final ASN1ObjectIdentifier ED25519 = new ASN1ObjectIdentifier("1.3.101.112");

  private static final int KEY_CACHE_SIZE = 10_000;

  /** Decoded Ed25519 public keys (empty: not an Ed25519 key), by JDK key. */
  private static final Map<PublicKey, Optional<Ed25519PublicKeyParameters>> ED25519_KEYS =
      new ConcurrentHashMap<>();

  private Signatures() {}

  /** What {@link #signerFor(PrivateKey, PublicKey)} signs once to check a key pair. */
  private static final byte[] KEY_PAIR_PROBE =
      "cornerstone-key-pair-check-v1".getBytes(StandardCharsets.US_ASCII);

  /**
   * A signer for {@code key}, checked once to make signatures that verify under {@code publicKey}
   * (one signature and one verification per key pair). The ledger does not verify the signatures
   * such a signer makes afterwards ({@link TransactionSigning}): Ed25519 is deterministic, so a
   * signer that made one valid signature with the right key makes valid ones unless the code is
   * wrong, and a private key stored for another public key (an edited {@code party} row) is refused
   * here, before it signs anything that is kept.
   *
   * @throws LedgerException {@link LedgerException#KEY_PAIR_MISMATCH} if the two keys are not a
   *     pair
   */
  static Signer signerFor(PrivateKey key, PublicKey publicKey) {
    Signer signer = signerFor(key);
    if (!isValid(publicKey, KEY_PAIR_PROBE, signer.sign(KEY_PAIR_PROBE))) {
      throw new LedgerException(
          LedgerException.KEY_PAIR_MISMATCH + ": " + LedgerJson.encodeKey(publicKey));
    }
    return signer;
  }

  /** A signer for one private key; thread-safe. */
  static Signer signerFor(PrivateKey key) {
    PrivateKeyInfo info = PrivateKeyInfo.getInstance(key.getEncoded());
    if (ED25519.equals(info.getPrivateKeyAlgorithm().getAlgorithm())) {
      try {
        byte[] seed = ASN1OctetString.getInstance(info.parsePrivateKey()).getOctets();
        Ed25519PrivateKeyParameters parameters = new Ed25519PrivateKeyParameters(seed, 0);
        parameters.generatePublicKey(); // computed once, cached by the parameters
        return data -> {
          byte[] signature = new byte[Ed25519PrivateKeyParameters.SIGNATURE_SIZE];
          parameters.sign(Ed25519.Algorithm.Ed25519, null, data, 0, data.length, signature, 0);
          return signature;
        };
      } catch (java.io.IOException e) {
        throw new LedgerException(LedgerException.ENCODING_FAILURE + ": private key", e);
      }
    }
    return data -> {
      try {
        Signature signature = Signature.getInstance(jdkAlgorithm(key.getAlgorithm()));
        signature.initSign(key);
        signature.update(data);
        return signature.sign();
      } catch (GeneralSecurityException e) {
        throw new LedgerException("Cannot sign: " + e.getMessage(), e);
      }
    };
  }

  /** Whether {@code signature} is {@code key}'s valid signature of {@code data}. */
  static boolean isValid(PublicKey key, byte[] data, byte[] signature) {
    try {
      Optional<Ed25519PublicKeyParameters> ed25519 = ED25519_KEYS.get(key);
      if (ed25519 == null) {
        ed25519 = ed25519Parameters(key);
        if (ED25519_KEYS.size() >= KEY_CACHE_SIZE) {
          ED25519_KEYS.clear(); // a crude bound: parties are few, keys are cheap to decode again
        }
        ED25519_KEYS.put(key, ed25519);
      }
      if (ed25519.isPresent()) {
        // the decoded point is cached in the parameters: no decompression per verification
        return signature.length == Ed25519PrivateKeyParameters.SIGNATURE_SIZE
            && ed25519
                .get()
                .verify(Ed25519.Algorithm.Ed25519, null, data, 0, data.length, signature, 0);
      }
      Signature verifier = Signature.getInstance(jdkAlgorithm(key.getAlgorithm()));
      verifier.initVerify(key);
      verifier.update(data);
      return verifier.verify(signature);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  private static Optional<Ed25519PublicKeyParameters> ed25519Parameters(PublicKey key) {
    SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(key.getEncoded());
    return ED25519.equals(info.getAlgorithm().getAlgorithm())
        ? Optional.of(new Ed25519PublicKeyParameters(info.getPublicKeyData().getOctets(), 0))
        : Optional.empty();
  }

  private static String jdkAlgorithm(String keyAlgorithm) {
    return switch (keyAlgorithm) {
      case "EC" -> "SHA256withECDSA";
      case "RSA" -> "SHA256withRSA";
      default -> keyAlgorithm;
    };
  }

  /** Signs bytes with one key. */
  @FunctionalInterface
  interface Signer {
    byte[] sign(byte[] data);
  }
}
