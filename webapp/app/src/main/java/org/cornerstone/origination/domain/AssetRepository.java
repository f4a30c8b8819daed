package org.cornerstone.origination.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where assets are kept. */
public interface AssetRepository {
  Optional<Asset> find(String assetId);

  /** The assets with these ids that exist, in one query. */
  List<Asset> findAll(Collection<String> assetIds);

  Optional<Asset> findBySubmissionKey(String submissionKey);

  List<Asset> findByOriginator(String username);

  List<Asset> findAll(int offset, int limit);

  /** The next free number for a new asset id. */
  long nextAssetNumber();

  void add(Asset asset);

  Optional<AssetDocument> findDocument(String assetId, String documentId);

  /** Adds the notification unless the same one was already sent (retried steps). */
  void notifyOnce(Notification notification);

  List<Notification> notificationsFor(String username, int limit);
}
