package org.cornerstone.ledgergateway;

import java.time.Instant;
import java.util.List;

/** A transaction as shown to users and auditors. */
public record LedgerTransactionView(
    String id, Instant committedAt, List<String> commands, List<String> signers, boolean verified) {
  public LedgerTransactionView {
    commands = List.copyOf(commands);
    signers = List.copyOf(signers);
  }
}
