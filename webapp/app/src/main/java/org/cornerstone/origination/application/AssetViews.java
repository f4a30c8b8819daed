package org.cornerstone.origination.application;

import org.cornerstone.origination.domain.Asset;

/** Turns entities into the records that screens and the API receive. */
final class AssetViews {
  private AssetViews() {}

  static AssetSummary summary(Asset asset) {
    return new AssetSummary(
        asset.id(),
        asset.kind().name(),
        asset.kind().label(),
        asset.title(),
        asset.status().name(),
        asset.status().label(),
        asset.tokensToIssue(),
        asset.appraisedValue().display(),
        asset.originator(),
        asset.submittedAt());
  }
}
