package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.corda.v5.base.types.MemberX500Name;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The commit checks the signatures the ledger has just made with its own keys only for the required
 * signers; the full check verifies every signature (issue 15, ADR 0031). No database: the
 * directory's signing is stubbed with real Ed25519 keys.
 */
class TransactionSigningTest {

  private final LedgerHash id = LedgerHash.sha256("tx".getBytes(StandardCharsets.UTF_8));
  private final LedgerHash otherId = LedgerHash.sha256("other".getBytes(StandardCharsets.UTF_8));
  private final KeyPair holder = newPair();
  private final KeyPair notaryPair = newPair();
  private final KeyPair stranger = newPair();
  private final Party notary =
      new Party(MemberX500Name.parse("O=Notary, L=Zurich, C=CH"), notaryPair.getPublic());
  private final PartyDirectory parties = mock(PartyDirectory.class);
  private final TransactionSigning signing = new TransactionSigning(parties);

  @BeforeEach
  void directoryHoldsTheHolderAndTheNotary() {
    hold(holder, holder);
    hold(notaryPair, notaryPair);
  }

  @Test
  void signaturesJustMadeAreValidAndPassTheCheck() {
    List<TransactionSignature> signatures = signing.sign(id, List.of(holder.getPublic()), notary);

    assertThat(signatures)
        .extracting(TransactionSignature::by)
        .containsExactly(holder.getPublic(), notaryPair.getPublic());
    assertThat(signatures).allSatisfy(s -> assertThat(s.isValidFor(id)).isTrue());
    assertThat(
            TransactionSigning.checkSignatures(
                id, List.of(holder.getPublic(), notaryPair.getPublic()), signatures))
        .isEmpty();
  }

  @Test
  void theCommitsCheckDoesNotVerifyButTheFullCheckVerifiesEveryList() {
    // a broken signer: the directory answers the holder's signature with a stranger's
    hold(holder, stranger);
    List<TransactionSignature> signatures = signing.sign(id, List.of(holder.getPublic()), notary);
    List<PublicKey> required = List.of(holder.getPublic());

    // the commit's check of what sign() has just made: the required signers, no verification
    assertThat(TransactionSigning.missingSigners(required, signatures)).isEmpty();
    // the full check (the auditors, stored rows, an export): every signature verified
    assertThat(TransactionSigning.checkSignatures(id, required, signatures))
        .singleElement()
        .asString()
        .startsWith(LedgerException.INVALID_SIGNATURE + " by " + encode(holder));
    assertThat(TransactionSigning.checkSignatures(id, required, new ArrayList<>(signatures)))
        .hasSize(1);
  }

  @Test
  void signaturesJustMadeForAnotherIdAreVerified() {
    List<TransactionSignature> signatures =
        signing.sign(otherId, List.of(holder.getPublic()), notary);

    assertThat(TransactionSigning.checkSignatures(id, List.of(holder.getPublic()), signatures))
        .hasSize(2)
        .allSatisfy(problem -> assertThat(problem).startsWith(LedgerException.INVALID_SIGNATURE));
    assertThat(TransactionSigning.checkSignatures(otherId, List.of(holder.getPublic()), signatures))
        .isEmpty();
  }

  @Test
  void theRequiredSignersAreStillCheckedOnSignaturesJustMade() {
    List<TransactionSignature> signatures = signing.sign(id, List.of(holder.getPublic()), notary);
    List<PublicKey> required = List.of(holder.getPublic(), stranger.getPublic());

    assertThat(TransactionSigning.missingSigners(required, signatures))
        .containsExactly(LedgerException.MISSING_SIGNATURE + ": " + encode(stranger));
    assertThat(TransactionSigning.checkSignatures(id, required, signatures))
        .containsExactly(LedgerException.MISSING_SIGNATURE + ": " + encode(stranger));
  }

  @Test
  void signaturesJustMadeCannotBeChanged() {
    List<TransactionSignature> signatures = signing.sign(id, List.of(holder.getPublic()), notary);
    TransactionSignature forged = new TransactionSignature(stranger.getPublic(), new byte[64]);

    assertThatThrownBy(() -> signatures.add(forged))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> signatures.set(0, forged))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> signatures.remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
    signatures.get(0).bytes()[0] ^= 1; // a copy: the signature itself stays as made
    assertThat(signatures.get(0).isValidFor(id)).isTrue();
  }

  @Test
  void aSignatoryTheDirectoryDoesNotHoldIsRefused() {
    when(parties.byKey(stranger.getPublic())).thenReturn(Optional.empty());

    assertThatThrownBy(() -> signing.sign(id, List.of(stranger.getPublic()), notary))
        .hasMessage(LedgerException.UNKNOWN_SIGNATORY);
  }

  /** The directory holds {@code key}'s party and signs for it with {@code signer}'s private key. */
  private void hold(KeyPair key, KeyPair signer) {
    when(parties.byKey(key.getPublic()))
        .thenReturn(
            Optional.of(
                new Party(MemberX500Name.parse("O=Holder, L=Bern, C=CH"), key.getPublic())));
    when(parties.sign(eq(key.getPublic()), any()))
        .thenAnswer(call -> jdkSign(signer, call.getArgument(1)));
  }

  private static String encode(KeyPair pair) {
    return LedgerJson.encodeKey(pair.getPublic());
  }

  private static byte[] jdkSign(KeyPair pair, byte[] data) throws Exception {
    Signature signature = Signature.getInstance("Ed25519");
    signature.initSign(pair.getPrivate());
    signature.update(data);
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
