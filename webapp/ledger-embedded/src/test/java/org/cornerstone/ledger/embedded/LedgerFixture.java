package org.cornerstone.ledger.embedded;

import java.time.Clock;
import javax.sql.DataSource;
import net.corda.v5.base.types.MemberX500Name;

/** A ledger on a fresh schema with a bank (issuer) and two investors (holders). */
final class LedgerFixture {

  static final char[] SECRET = "test-ledger-secret".toCharArray();
  static final MemberX500Name BANK = MemberX500Name.parse("O=Alpine Bank, L=Zurich, C=CH");
  static final MemberX500Name ALICE = MemberX500Name.parse("O=Alice Investments, L=Geneva, C=CH");
  static final MemberX500Name BOB = MemberX500Name.parse("O=Bob Capital, L=Basel, C=CH");

  final DataSource dataSource;
  final TransactionRunner runner;
  final PartyDirectory parties;
  final EmbeddedLedger ledger;
  final Party bank;
  final Party alice;
  final Party bob;

  LedgerFixture(Clock clock) {
    this(clock, RegistrarPolicy.NONE);
  }

  /** A ledger whose registrar checks {@code policy} before signing. */
  LedgerFixture(Clock clock, RegistrarPolicy policy) {
    dataSource = TestDatabase.freshLedgerSchema();
    runner = new JdbcTransactionRunner(dataSource);
    parties = new PartyDirectory(runner, SECRET, clock);
    ledger = new EmbeddedLedger(runner, parties, clock, EmbeddedLedger.DEFAULT_NOTARY, policy);
    bank = parties.partyFor(BANK);
    alice = parties.partyFor(ALICE);
    bob = parties.partyFor(BOB);
  }

  LedgerFixture() {
    this(Clock.systemUTC());
  }

  /** Issues {@code quantity} of {@code instrumentId} by the bank to {@code holder}. */
  LedgerTransaction issue(String requestKey, String instrumentId, Party holder, long quantity) {
    return ledger.submit(
        requestKey,
        TransactionDraft.builder()
            .output(
                new TestTokenState(instrumentId, bank.publicKey(), holder.publicKey(), quantity))
            .command(new TestTokenContract.Issue())
            .signatory(bank.publicKey())
            .consent(Consent.Kind.APPROVAL, requestKey, bank.publicKey())
            .build());
  }

  /** Moves the whole token at {@code ref} (held by {@code from}) to {@code to}. */
  TransactionDraft moveAll(
      net.corda.v5.ledger.utxo.StateRef ref, TestTokenState token, Party from, Party to) {
    return TransactionDraft.builder()
        .input(ref)
        .output(token.withHolder(to.publicKey(), token.getQuantity()))
        .command(new TestTokenContract.Move())
        .signatory(from.publicKey())
        .consent(Consent.Kind.INSTRUCTION, "test", from.publicKey())
        .build();
  }

  long rows(String table) {
    return TestDatabase.count(dataSource, "select count(*) from ledger." + table);
  }
}
