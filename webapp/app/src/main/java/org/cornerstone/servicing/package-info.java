/**
 * Servicing: the income an asset earns (rent, royalties) reported by its <b>servicer</b> as a
 * <b>collection</b>, turned into a <b>distribution</b> to the token holders at a <b>record date</b>
 * (entitlements, withholding tax) and paid in cash tokens on the <b>payment date</b>.
 */
package org.cornerstone.servicing;
