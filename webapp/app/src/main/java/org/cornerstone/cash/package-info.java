/**
 * Cash: the investors' <b>deposits</b> and <b>withdrawals</b> at the <b>settlement bank</b> (which
 * issues cash tokens against a deposit it received and redeems them on a withdrawal), and the
 * <b>reservations</b> of cash promised to open subscriptions, orders and withdrawals: available =
 * ledger balance − active reservations.
 *
 * <p>Calls: {@code party.application} (whose organisation is whose ledger identity), {@code
 * review.application} (the bank's confirmation tasks go through the generic review inbox), the
 * ledger ports ({@code InstrumentIssuance}, {@code HoldingsRegister}).
 */
package org.cornerstone.cash;
