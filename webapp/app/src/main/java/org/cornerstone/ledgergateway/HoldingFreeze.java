package org.cornerstone.ledgergateway;

import static org.cornerstone.ledgergateway.Checks.positive;
import static org.cornerstone.ledgergateway.Checks.present;
import static org.cornerstone.ledgergateway.Checks.text;

import java.util.OptionalLong;

/**
 * The registrar freezes (or unfreezes) a holder's holding of an instrument, the whole of it or
 * {@code quantity} tokens; {@code reason} (sanctions, dispute, court order) is recorded in the
 * transaction.
 */
public record HoldingFreeze(
    RequestKey requestKey,
    String instrumentId,
    PartyName issuer,
    PartyName registrar,
    PartyName holder,
    OptionalLong quantity,
    String reason) {
  public HoldingFreeze {
    present(requestKey, "requestKey");
    text(instrumentId, "instrumentId");
    present(issuer, "issuer");
    present(registrar, "registrar");
    present(holder, "holder");
    present(quantity, "quantity");
    quantity.ifPresent(q -> positive(q, "quantity"));
    text(reason, "reason");
  }

  /** The holder's whole holding. */
  public static HoldingFreeze whole(
      RequestKey requestKey,
      String instrumentId,
      PartyName issuer,
      PartyName registrar,
      PartyName holder,
      String reason) {
    return new HoldingFreeze(
        requestKey, instrumentId, issuer, registrar, holder, OptionalLong.empty(), reason);
  }

  /** {@code quantity} tokens of the holder's holding. */
  public static HoldingFreeze partial(
      RequestKey requestKey,
      String instrumentId,
      PartyName issuer,
      PartyName registrar,
      PartyName holder,
      long quantity,
      String reason) {
    return new HoldingFreeze(
        requestKey, instrumentId, issuer, registrar, holder, OptionalLong.of(quantity), reason);
  }
}
