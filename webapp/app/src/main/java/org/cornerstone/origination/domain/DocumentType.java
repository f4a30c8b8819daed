package org.cornerstone.origination.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Evidence attached to an asset. Which types an asset needs comes from the decision table {@code
 * required-documents} (by asset kind and jurisdiction); the names are the table's outputs.
 */
public enum DocumentType {
  TITLE_DEED("Title deed"),
  APPRAISAL_REPORT("Appraisal report"),
  INSURANCE_CERTIFICATE("Insurance certificate"),
  LAND_SEARCH("Land search"),
  LEGAL_OPINION("Legal opinion"),
  REGISTRATION_CERTIFICATE("Copyright registration certificate"),
  STATUTORY_DECLARATION("Statutory declaration of authorship"),
  CHAIN_OF_RIGHTS("Chain of rights (assignment or licence)"),
  ROYALTY_HISTORY("Royalty history (CSV)"),
  VALUATION_REPORT("Independent valuation report"),
  OTHER("Other document");

  private final String label;

  DocumentType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The types an originator may attach to an asset of this kind. */
  public static Set<DocumentType> forKind(AssetKind kind) {
    return kind == AssetKind.REAL_ESTATE
        ? EnumSet.of(
            TITLE_DEED, APPRAISAL_REPORT, INSURANCE_CERTIFICATE, LAND_SEARCH, LEGAL_OPINION, OTHER)
        : EnumSet.of(
            REGISTRATION_CERTIFICATE,
            STATUTORY_DECLARATION,
            CHAIN_OF_RIGHTS,
            ROYALTY_HISTORY,
            LEGAL_OPINION,
            OTHER);
  }
}
