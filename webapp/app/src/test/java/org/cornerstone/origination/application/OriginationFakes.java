package org.cornerstone.origination.application;

import java.time.Clock;
import org.cornerstone.origination.domain.AssetRepository;
import org.cornerstone.platform.Settings;
import org.cornerstone.shared.documents.DocumentInspector;

/** Origination's services wired by hand for tests of other contexts. */
public final class OriginationFakes {
  private OriginationFakes() {}

  /** Assets under review, over the given repository. */
  public static AssetUnderReview assetUnderReview(AssetRepository assets, Clock clock) {
    AssetUnderReview subject = new AssetUnderReview();
    subject.assets = assets;
    subject.submissions = new AssetSubmissionService();
    subject.submissions.inspector = new DocumentInspector();
    subject.inspector = new DocumentInspector();
    subject.settings = new Settings();
    subject.clock = clock;
    return subject;
  }
}
