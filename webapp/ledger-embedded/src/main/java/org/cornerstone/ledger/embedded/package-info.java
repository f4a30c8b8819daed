/**
 * The embedded ledger: a single-machine Corda-style UTXO ledger on PostgreSQL.
 *
 * <p>Wiring: call {@link org.cornerstone.ledger.embedded.LedgerSchema#migrate} once at startup;
 * build a {@link org.cornerstone.ledger.embedded.PartyDirectory} (key pairs, encrypted at rest
 * under a configured secret) and an {@link org.cornerstone.ledger.embedded.EmbeddedLedger} over a
 * {@link org.cornerstone.ledger.embedded.TransactionRunner}: {@link
 * org.cornerstone.ledger.embedded.JdbcTransactionRunner} manages its own JDBC transactions, {@link
 * org.cornerstone.ledger.embedded.ContainerTransactionRunner} joins a container's JTA transaction.
 * Any {@code ContractState} annotated {@code @BelongsToContract} can be recorded; its contract's
 * {@code verify} runs on every transaction that consumes or produces it. The vault indexes each
 * state's holder key and {@code instrumentId}.
 *
 * <p>{@code EmbeddedLedger} is a façade over package-private parts: the commit pipeline ({@code
 * CommitPipeline} with {@code TransactionCodec}, {@code ContractVerifier}, {@code
 * TransactionSigning}, {@code TransactionWriter}), {@code TokenClaims}, {@code VaultQueries},
 * {@code LedgerHistory} and {@code LedgerAuditor}, reading through {@code LedgerReader}.
 */
package org.cornerstone.ledger.embedded;
