/**
 * Supply-chain finance (issue 22): a supplier's <b>receivable</b> on a <b>core enterprise</b> (the
 * obligor), confirmed by the debtor, becomes a <b>payable certificate</b> (数字债权凭证) that the
 * supplier holds to <b>maturity</b>, splits and passes down its chain, or sells to a
 * <b>financier</b> at a discount. One certificate token is one minor unit of face value, so a split
 * is a transfer of part of a holding and the ledger's history is the certificate's <b>lineage</b>.
 */
package org.cornerstone.financing;
