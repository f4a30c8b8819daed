package org.cornerstone.shared;

/** What a user may do on the platform. */
public enum Role {
  ORIGINATOR("Originator"),
  TRUSTEE("Trustee"),
  SENIOR_TRUSTEE("Senior trustee"),
  COMPLIANCE("Compliance"),
  LEGAL("Legal counsel"),
  VALUER("Valuer"),
  INVESTOR("Investor"),
  REGISTRAR("Registrar"),
  SETTLEMENT_BANK("Settlement bank"),
  ADMIN("Administrator"),
  /** Collects an asset's income and reports each period's collection (the originator may too). */
  SERVICER("Servicer"),
  /** Reads the audit logs, changes nothing (issue 16). */
  AUDITOR("Auditor"),
  /**
   * Works for a core enterprise (the obligor): confirms or disputes the invoices its suppliers
   * submit and pays its payable certificates at maturity (issue 22).
   */
  DEBTOR("Debtor"),
  /** Works for a supplier: submits invoices, holds, splits and passes on payable certificates. */
  SUPPLIER("Supplier"),
  /** Works for a financier (a bank): quotes and discounts payable certificates. */
  FINANCIER("Financier"),
  /**
   * The arranger of a securitization (issue 14): creates deals, selects the pool, defines the SPV,
   * tranches, fees, reserve and triggers, and submits the deal for legal review and trustee
   * approval.
   */
  STRUCTURER("Structurer");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
