package org.cornerstone.origination.domain;

/** The kind of underlying asset; each kind has its own onboarding process. */
public enum AssetKind {
  REAL_ESTATE("RE", "Real estate"),
  COPYRIGHT("CR", "Copyright");

  private final String idPrefix;
  private final String label;

  AssetKind(String idPrefix, String label) {
    this.idPrefix = idPrefix;
    this.label = label;
  }

  public String idPrefix() {
    return idPrefix;
  }

  public String label() {
    return label;
  }
}
