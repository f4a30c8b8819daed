/**
 * Offering: the primary sale of an instrument's new supply at a fixed price in a window — 发行/认购.
 * The issuer opens an offering, a trustee approves its terms, investors subscribe (their cash is
 * <b>reserved</b> at once), and at the close the tokens are <b>allocated</b> (first come or pro
 * rata) and each allocation settles <b>delivery versus payment</b> in one ledger transaction.
 *
 * <p>Calls: {@code registry.application} (the instrument), {@code party.application} (who is whose
 * organisation, eligibility), {@code cash.application} (reservations), {@code review.application}
 * (the trustee's approval through the review inbox), the ledger ports ({@code Settlement}, {@code
 * HoldingsRegister}).
 */
package org.cornerstone.offering;
