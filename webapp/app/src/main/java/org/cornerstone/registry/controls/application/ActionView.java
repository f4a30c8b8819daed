package org.cornerstone.registry.controls.application;

import java.time.Instant;

/**
 * An issuer-agent action as screens and the API see it.
 *
 * @param kind FREEZE, UNFREEZE, PAUSE, RESUME, FORCED_TRANSFER or RECOVERY
 * @param holder the holder's X.500 name, or null for a pause or resume
 * @param recipient who receives the tokens (forced transfer, recovery), or null
 * @param quantity tokens, or null (the whole holding; none for a pause)
 * @param status REQUESTED, APPROVED, REJECTED or EXECUTED
 * @param evidenceSha256 the SHA-256 of the evidence document
 * @param ledgerTransactionId the ledger transaction that carried it out, or null
 */
public record ActionView(
    String id,
    String instrumentId,
    String kind,
    String holder,
    String recipient,
    Long quantity,
    String reason,
    String status,
    String requestedBy,
    String requestedByName,
    Instant requestedAt,
    String decidedBy,
    String decidedByName,
    Instant decidedAt,
    String decisionComment,
    String evidenceFileName,
    String evidenceSha256,
    String ledgerTransactionId,
    Instant executedAt,
    String requestKey) {}
