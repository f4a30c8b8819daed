package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import net.corda.v5.ledger.utxo.StateAndRef;
import org.junit.jupiter.api.Test;

/** Re-encrypting the party keys under a new key-encryption secret (ADR 0019). */
class RotateKeySecretIT {

  private static final char[] NEXT = "a-new-long-random-key-secret".toCharArray();

  @Test
  void afterRotationOnlyTheNewSecretSignsAndTheLedgerStillVerifies() {
    LedgerFixture f = new LedgerFixture();
    StateAndRef<TestTokenState> token =
        f.issue("r-1.issue", "r-1", f.alice, 5).outputs(TestTokenState.class).get(0);
    byte[] before = encryptedKeyOf(f, LedgerFixture.ALICE.toString());

    int rotated = RotateKeySecret.rotate(f.runner, LedgerFixture.SECRET, NEXT);

    assertThat(rotated).isEqualTo(f.rows("party")).isEqualTo(4); // bank, alice, bob, notary
    assertThat(encryptedKeyOf(f, LedgerFixture.ALICE.toString())).isNotEqualTo(before);
    // A directory on the old secret can no longer decrypt a key.
    PartyDirectory old = new PartyDirectory(f.runner, LedgerFixture.SECRET, Clock.systemUTC());
    assertThatThrownBy(() -> old.sign(f.alice.publicKey(), new byte[] {1}))
        .hasMessageStartingWith(LedgerException.WRONG_SECRET);
    // The same key pairs under the new secret: the ledger goes on and verifies.
    PartyDirectory parties = new PartyDirectory(f.runner, NEXT, Clock.systemUTC());
    EmbeddedLedger ledger = new EmbeddedLedger(f.runner, parties, Clock.systemUTC());
    assertThat(parties.partyFor(LedgerFixture.ALICE).publicKey()).isEqualTo(f.alice.publicKey());
    ledger.submit(
        "r-1.move", f.moveAll(token.getRef(), token.getState().getContractState(), f.alice, f.bob));
    assertThat(ledger.verifyLedger()).isEmpty();
  }

  @Test
  void aWrongCurrentSecretChangesNothing() {
    LedgerFixture f = new LedgerFixture();
    byte[] before = encryptedKeyOf(f, LedgerFixture.BANK.toString());

    assertThatThrownBy(() -> RotateKeySecret.rotate(f.runner, "not-the-secret".toCharArray(), NEXT))
        .hasMessageStartingWith(LedgerException.WRONG_SECRET);

    assertThat(encryptedKeyOf(f, LedgerFixture.BANK.toString())).isEqualTo(before);
    assertThat(f.parties.sign(f.bank.publicKey(), new byte[] {1})).isNotEmpty();
  }

  private static byte[] encryptedKeyOf(LedgerFixture f, String name) {
    return f.runner.inTransaction(
        connection -> {
          try (var select =
              connection.prepareStatement(
                  "select encrypted_private_key from ledger.party where name = ?")) {
            select.setString(1, name);
            try (var row = select.executeQuery()) {
              row.next();
              return row.getBytes(1);
            }
          }
        });
  }
}
