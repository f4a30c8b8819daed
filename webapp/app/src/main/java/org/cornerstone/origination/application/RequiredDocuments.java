package org.cornerstone.origination.application;

import java.util.List;

/** The decision table {@code required-documents}, as the onboarding process evaluates it. */
public interface RequiredDocuments {
  /**
   * The document types the table requires for an asset of this kind in this jurisdiction (the
   * jurisdiction exactly as submitted; the table reduces it to a region).
   */
  List<String> requiredTypes(String assetKind, String jurisdiction);
}
