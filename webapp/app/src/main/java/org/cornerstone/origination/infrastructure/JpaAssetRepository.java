package org.cornerstone.origination.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cornerstone.origination.domain.Asset;
import org.cornerstone.origination.domain.AssetDocument;
import org.cornerstone.origination.domain.AssetRepository;
import org.cornerstone.origination.domain.Notification;

@ApplicationScoped
public class JpaAssetRepository implements AssetRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Asset> find(String assetId) {
    return Optional.ofNullable(em.find(Asset.class, assetId));
  }

  @Override
  public List<Asset> findAll(Collection<String> assetIds) {
    if (assetIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select a from Asset a where a.id in :ids", Asset.class)
        .setParameter("ids", assetIds)
        .getResultList();
  }

  @Override
  public Optional<Asset> findBySubmissionKey(String submissionKey) {
    return em.createQuery(
            "select a from Asset a where a.onboarding.submissionKey = :key", Asset.class)
        .setParameter("key", submissionKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Asset> findByOriginator(String username) {
    return em.createQuery(
            "select a from Asset a where a.originator = :u order by a.onboarding.submittedAt desc",
            Asset.class)
        .setParameter("u", username)
        .getResultList();
  }

  @Override
  public List<Asset> findAll(int offset, int limit) {
    return em.createQuery(
            "select a from Asset a order by a.onboarding.submittedAt desc", Asset.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long nextAssetNumber() {
    return ((Number) em.createNativeQuery("select nextval('asset_number_seq')").getSingleResult())
        .longValue();
  }

  @Override
  public void add(Asset asset) {
    em.persist(asset);
  }

  @Override
  public Optional<AssetDocument> findDocument(String assetId, String documentId) {
    return em.createQuery(
            "select d from AssetDocument d where d.id = :doc and d.asset.id = :asset",
            AssetDocument.class)
        .setParameter("doc", documentId)
        .setParameter("asset", assetId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void notifyOnce(Notification notification) {
    em.createNativeQuery(
            "insert into notification (id, recipient, subject_id, message, created_at)"
                + " values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
        .setParameter(1, java.util.UUID.randomUUID().toString())
        .setParameter(2, notification.recipient())
        .setParameter(3, notification.subjectId())
        .setParameter(4, notification.message())
        .setParameter(5, java.sql.Timestamp.from(notification.createdAt()))
        .executeUpdate();
  }

  @Override
  public List<Notification> notificationsFor(String username, int limit) {
    return em.createQuery(
            "select n from Notification n where n.recipient = :u order by n.createdAt desc",
            Notification.class)
        .setParameter("u", username)
        .setMaxResults(limit)
        .getResultList();
  }
}
