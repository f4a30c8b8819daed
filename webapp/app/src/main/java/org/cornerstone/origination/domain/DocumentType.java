package org.cornerstone.origination.domain;

/** Evidence an originator attaches to an asset. */
public enum DocumentType {
  TITLE_DEED("Title deed"),
  APPRAISAL_REPORT("Appraisal report"),
  INSURANCE_CERTIFICATE("Insurance certificate"),
  OTHER("Other document");

  private final String label;

  DocumentType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
