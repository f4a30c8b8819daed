/**
 * Registry: <b>instruments</b> — what is held and traded (an asset's token, a cash token, a
 * tranche, a receivable certificate), each with its <b>issuer</b>, unit, currency and <b>rule
 * set</b> — and the <b>holdings</b> (持有) of them on the ledger: what a party holds, and the cap
 * table (who holds how much at a moment; the <b>record date</b>'s cap table decides a
 * distribution). An instrument's id is the {@code instrumentId} of ledger states.
 *
 * <p>Calls: {@code party.application} (whose organisation is whose ledger identity).
 */
package org.cornerstone.registry;
