package org.cornerstone.party.domain;

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
 * An identity document an investor uploaded, stored with the profile in one transaction and
 * fingerprinted with SHA-256 so that compliance can tell exactly which file it checked.
 */
@Entity
@Table(name = "investor_document")
public class IdentityDocument extends StoredDocument {
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "investor_id")
  private InvestorProfile investor;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_type", nullable = false)
  private IdentityDocumentType documentType;

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
    super(id, fileName, mediaType, content, sha256, uploadedAt);
    this.investor = investor;
    this.documentType = documentType;
  }

  public InvestorProfile investor() {
    return investor;
  }

  public IdentityDocumentType documentType() {
    return documentType;
  }
}
