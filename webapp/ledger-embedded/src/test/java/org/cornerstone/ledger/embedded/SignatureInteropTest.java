package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The fast (Bouncy Castle) Ed25519 path and the JDK provider accept each other's signatures. */
class SignatureInteropTest {

  private final byte[] data =
      LedgerHash.sha256("interop".getBytes(StandardCharsets.UTF_8)).getBytes();

  @Test
  void aSignatureMadeByTheLedgerVerifiesWithTheJdkAndEqualsTheJdksOwn() throws Exception {
    for (int i = 0; i < 20; i++) {
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      byte[] message = (i + "-" + new String(data, StandardCharsets.ISO_8859_1)).getBytes();

      byte[] fast = Signatures.signerFor(pair.getPrivate()).sign(message);

      Signature jdk = Signature.getInstance("Ed25519");
      jdk.initVerify(pair.getPublic());
      jdk.update(message);
      assertThat(jdk.verify(fast)).isTrue();
      assertThat(fast)
          .containsExactly(jdkSign(pair, message)); // Ed25519 is deterministic (RFC 8032)
    }
  }

  @Test
  void aSignatureMadeByTheJdkVerifiesWithTheLedgerAndAlteredOnesFailInBoth() throws Exception {
    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    byte[] jdkSignature = jdkSign(pair, data);

    assertThat(Signatures.isValid(pair.getPublic(), data, jdkSignature)).isTrue();
    assertThat(Signatures.isValid(other.getPublic(), data, jdkSignature)).isFalse();
    byte[] altered = jdkSignature.clone();
    altered[10] ^= 1;
    assertThat(Signatures.isValid(pair.getPublic(), data, altered)).isFalse();
    byte[] otherData = data.clone();
    otherData[0] ^= 1;
    assertThat(Signatures.isValid(pair.getPublic(), otherData, jdkSignature)).isFalse();
    assertThat(Signatures.isValid(pair.getPublic(), data, new byte[3])).isFalse();

    byte[] fastAltered = Signatures.signerFor(pair.getPrivate()).sign(data);
    fastAltered[40] ^= 1;
    Signature jdk = Signature.getInstance("Ed25519");
    jdk.initVerify(pair.getPublic());
    jdk.update(data);
    assertThat(jdk.verify(fastAltered)).isFalse();
  }

  /**
   * RFC 8032 section 7.1, tests 1 and 2: keys in the encodings the ledger stores (X.509, PKCS#8,
   * decoded by the JDK), the published signature bytes. Ed25519 is deterministic, so a signature
   * stored by any earlier version (made by either implementation) is such bytes: the ledger's path
   * and the JDK make exactly them and accept them.
   */
  @Test
  void rfc8032VectorsSignAndVerifyIdenticallyOnBothPaths() throws Exception {
    String[][] vectors = {
      {
        "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
        "",
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
      },
      {
        "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
        "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
        "72",
        "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"
      }
    };
    HexFormat hex = HexFormat.of();
    KeyFactory factory = KeyFactory.getInstance("Ed25519");
    for (String[] vector : vectors) {
      PrivateKey privateKey =
          factory.generatePrivate(
              new PKCS8EncodedKeySpec(
                  hex.parseHex("302e020100300506032b657004220420" + vector[0])));
      PublicKey publicKey =
          factory.generatePublic(
              new X509EncodedKeySpec(hex.parseHex("302a300506032b6570032100" + vector[1])));
      byte[] message = hex.parseHex(vector[2]);
      byte[] expected = hex.parseHex(vector[3]);
      KeyPair pair = new KeyPair(publicKey, privateKey);

      assertThat(Signatures.signerFor(privateKey, publicKey).sign(message))
          .containsExactly(expected);
      assertThat(jdkSign(pair, message)).containsExactly(expected);
      assertThat(Signatures.isValid(publicKey, message, expected)).isTrue();
      assertThat(LedgerJson.decodeKey(publicKey.getEncoded())).isEqualTo(publicKey);
      assertThat(
              Signatures.isValid(LedgerJson.decodeKey(publicKey.getEncoded()), message, expected))
          .isTrue();
      byte[] tampered = expected.clone();
      tampered[63] ^= 0x01;
      assertThat(Signatures.isValid(publicKey, message, tampered)).isFalse();
    }
  }

  @Test
  void aSignerIsRefusedForAPublicKeyItDoesNotSignFor() throws Exception {
    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();

    assertThat(Signatures.signerFor(pair.getPrivate(), pair.getPublic()).sign(data))
        .containsExactly(jdkSign(pair, data));
    assertThatThrownBy(() -> Signatures.signerFor(pair.getPrivate(), other.getPublic()))
        .isInstanceOf(LedgerException.class)
        .hasMessageStartingWith(LedgerException.KEY_PAIR_MISMATCH);

    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
    ec.initialize(256);
    KeyPair ecPair = ec.generateKeyPair();
    assertThatThrownBy(() -> Signatures.signerFor(ecPair.getPrivate(), pair.getPublic()))
        .hasMessageStartingWith(LedgerException.KEY_PAIR_MISMATCH);
    assertThat(Signatures.signerFor(ecPair.getPrivate(), ecPair.getPublic())).isNotNull();
  }

  @Test
  void ecdsaKeysStillUseTheJdk() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    KeyPair pair = generator.generateKeyPair();

    byte[] signature = Signatures.signerFor(pair.getPrivate()).sign(data);

    assertThat(Signatures.isValid(pair.getPublic(), data, signature)).isTrue();
    assertThat(Signatures.isValid(pair.getPublic(), otherThan(data), signature)).isFalse();
  }

  private static byte[] otherThan(byte[] bytes) {
    byte[] copy = bytes.clone();
    copy[0] ^= 1;
    return copy;
  }

  private static byte[] jdkSign(KeyPair pair, byte[] message) throws Exception {
    Signature signature = Signature.getInstance("Ed25519");
    signature.initSign(pair.getPrivate());
    signature.update(message);
    return signature.sign();
  }
}
