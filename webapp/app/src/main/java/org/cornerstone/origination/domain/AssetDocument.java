package org.cornerstone.origination.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cornerstone.shared.documents.StoredDocument;

/**
 * A document attached to an asset, stored with the asset in one transaction (so a failed submission
 * leaves no file behind) and fingerprinted with SHA-256 for the diligence digest.
 */
@Entity
@Table(name = "asset_document")
public class AssetDocument extends StoredDocument {
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "asset_id")
  private Asset asset;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_type", nullable = false)
  private DocumentType documentType;

  protected AssetDocument() {}

  public AssetDocument(
      String id,
      Asset asset,
      DocumentType documentType,
      String fileName,
      String mediaType,
      byte[] content,
      String sha256,
      Instant uploadedAt) {
    super(id, fileName, mediaType, content, sha256, uploadedAt);
    this.asset = asset;
    this.documentType = documentType;
  }

  public Asset asset() {
    return asset;
  }

  public DocumentType documentType() {
    return documentType;
  }
}
