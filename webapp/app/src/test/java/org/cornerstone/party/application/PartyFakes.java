package org.cornerstone.party.application;

/** The party context's services wired by hand for tests of other contexts. */
public final class PartyFakes {
  private PartyFakes() {}

  /** Investors under review, described by the given queries. */
  public static InvestorUnderReview investorUnderReview(InvestorQueries investors) {
    InvestorUnderReview subject = new InvestorUnderReview();
    subject.investors = investors;
    return subject;
  }
}
