package org.cornerstone.party.domain;

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
 * An identity document an investor uploaded, stored with the profile in one transaction and
 * fingerprinted with SHA-256 so that compliance can tell exactly which file it checked.
 */
@Entity
@Table(name = "investor_document")
public class IdentityDocument {
  @Id private String id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "investor_id")
  private InvestorProfile investor;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_type", nullable = false)
  private IdentityDocumentType documentType;

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

  protected IdentityDocument() {}

  public IdentityDocument(
      String id,
      InvestorProfile investor,
      IdentityDocumentType documentType,
      String fileName,
      String mediaType,
      byte[] content,
      String sha256,
      Instant uploadedAt) {
    this.id = id;
    this.investor = investor;
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

  public InvestorProfile investor() {
    return investor;
  }

  public IdentityDocumentType documentType() {
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
