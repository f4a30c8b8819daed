/**
 * Securitization (issue 14, structuring): the arranger (role {@code STRUCTURER}) creates a
 * <b>deal</b>, selects the seller's eligible holdings into its <b>pool</b> (eligibility shown per
 * asset: status, concentration per obligor, maturity), defines the <b>SPV</b> (a trust with its own
 * ledger identity), the <b>tranches</b>, fees, reserve and triggers, and writes the <b>deal
 * file</b> the waterfall engine reads (contract in {@code
 * docs/adr/0026-deal-structuring-and-true-sale.md}).
 */
package org.cornerstone.securitization;
