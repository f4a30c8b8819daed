package org.cornerstone.party.domain;

import java.util.Optional;

/** Where investor profiles, their identity documents and eligibility records are kept. */
public interface InvestorRepository {
  Optional<InvestorProfile> find(String investorId);

  Optional<InvestorProfile> findByUsername(String username);

  /**
   * The investor's profile, locked until the transaction ends: a second submission of the same
   * profile (double click, retried request) waits here and then sees the first one's outcome.
   */
  Optional<InvestorProfile> findByUsernameForUpdate(String username);

  /** The investor's profile, locked until the transaction ends (see above). */
  Optional<InvestorProfile> findForUpdate(String investorId);

  Optional<IdentityDocument> findDocument(String investorId, String documentId);

  Optional<InvestorEligibility> findEligibility(String investorId);

  Optional<InvestorEligibility> findEligibilityByUsername(String username);

  /**
   * The eligibility records of the investors of the organisation whose ledger identity is this
   * X.500 name (holdings on the ledger are the organisation's), oldest first.
   */
  java.util.List<InvestorEligibility> findEligibilityByLedgerIdentity(String x500Name);

  /** The next free number for a new investor id. */
  /** Every eligibility record, oldest first (e.g. to back-fill the ledger's registrar). */
  java.util.List<InvestorEligibility> findAllEligibilities();

  long nextInvestorNumber();

  /**
   * Serialises registrations of the same username until the transaction ends, so that a double
   * submit creates one account, not two (nor a database error).
   */
  void lockUsername(String username);

  void add(InvestorProfile profile);

  void add(InvestorEligibility eligibility);
}
