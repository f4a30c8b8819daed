package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignatureCheckTest {

  private final LedgerHash id = LedgerHash.sha256("tx".getBytes(StandardCharsets.UTF_8));
  private final KeyPair signer = newPair();
  private final KeyPair other = newPair();

  @Test
  void aValidSignatureOfEveryRequiredKeyPasses() throws Exception {
    TransactionSignature signature = new TransactionSignature(signer.getPublic(), sign(signer, id));

    assertThat(signature.isValidFor(id)).isTrue();
    assertThat(
            TransactionSigning.checkSignatures(id, List.of(signer.getPublic()), List.of(signature)))
        .isEmpty();
  }

  @Test
  void aSignatureOfAnotherIdOrAlteredBytesFails() throws Exception {
    byte[] bytes = sign(signer, id);
    LedgerHash otherId = LedgerHash.sha256("other".getBytes(StandardCharsets.UTF_8));
    bytes[0] ^= 1;

    assertThat(new TransactionSignature(signer.getPublic(), sign(signer, otherId)).isValidFor(id))
        .isFalse();
    assertThat(
            TransactionSigning.checkSignatures(
                id,
                List.of(signer.getPublic()),
                List.of(new TransactionSignature(signer.getPublic(), bytes))))
        .singleElement()
        .asString()
        .startsWith(LedgerException.INVALID_SIGNATURE);
  }

  @Test
  void aSignatureByTheWrongKeyLeavesTheSignatoryMissing() throws Exception {
    TransactionSignature byOther = new TransactionSignature(other.getPublic(), sign(other, id));

    assertThat(
            TransactionSigning.checkSignatures(id, List.of(signer.getPublic()), List.of(byOther)))
        .singleElement()
        .asString()
        .startsWith(LedgerException.MISSING_SIGNATURE);
  }

  private static byte[] sign(KeyPair pair, LedgerHash hash) throws Exception {
    Signature signature = Signature.getInstance("Ed25519");
    signature.initSign(pair.getPrivate());
    signature.update(hash.getBytes());
    return signature.sign();
  }

  private static KeyPair newPair() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
