package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
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
