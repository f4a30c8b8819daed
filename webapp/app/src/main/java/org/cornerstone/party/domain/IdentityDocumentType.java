package org.cornerstone.party.domain;

/** Evidence of who an investor is, uploaded during onboarding. */
public enum IdentityDocumentType {
  PASSPORT("Passport"),
  NATIONAL_ID("National identity card"),
  PROOF_OF_ADDRESS("Proof of address"),
  COMPANY_REGISTRATION("Company registration certificate"),
  OTHER("Other document");

  private final String label;

  IdentityDocumentType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
