/**
 * Parties: organisations (with their ledger identity, an X.500 name), the people who sign in, and
 * <b>investors</b> — a <b>holder</b> that passed KYC and has a category and a country. Investor
 * onboarding (profile, identity documents, compliance review, eligibility recorded by the
 * <b>registrar</b>) lives here; its investors are a review context {@code ReviewSubject}.
 *
 * <p>Words: organisation, user, role, investor, investor category, eligibility, registrar, identity
 * document. Calls: {@code review.application}.
 */
package org.cornerstone.party;
