/**
 * Origination: bringing an <b>asset</b> (基础资产 — the real thing: a building, a copyright) onto the
 * platform. The originator submits it with its evidence; its onboarding case runs the asset kind's
 * process (documents, legal review, independent valuation, two trustee approvals with four eyes);
 * at tokenization the registry creates the asset's <b>instrument</b> and the ledger issues its
 * tokens to the first holder.
 *
 * <p>Words: asset, asset kind, risk class, document type, valuation, tokenization cap, originator,
 * issuer, onboarding case, diligence digest. Calls: {@code review.application} (its assets are a
 * {@code ReviewSubject}), {@code registry.application}, {@code party.application}.
 */
package org.cornerstone.origination;
