package org.cornerstone.origination.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A document attached to an asset, stored with the asset in one transaction (so a failed submission
 * leaves no file behind) and fingerprinted with SHA-256 for the diligence digest.
 */
@Entity
@Table(name = "asset_document")
public class AssetDocument {
  @Id private String id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "asset_id")
  private Asset asset;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_type", nullable = false)
  private DocumentType documentType;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

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
    this.id = id;
    this.asset = asset;
    this.documentType = documentType;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.content = content.clone();
    this.sizeBytes = content.length;
    this.sha256 = sha256;
    this.uploadedAt = uploadedAt;
  }

  public String id() {
    return id;
  }

  public Asset asset() {
    return asset;
  }

  public DocumentType documentType() {
    return documentType;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public byte[] content() {
    return content.clone();
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
