package org.cornerstone.financing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cornerstone.shared.documents.StoredDocument;

/**
 * A purchase order or delivery proof of a receivable, stored with it in one transaction and
 * fingerprinted with SHA-256 for the certificate's evidence digest.
 */
@Entity
@Table(name = "financing_receivable_document")
public class ReceivableDocument extends StoredDocument {
  @Column(name = "receivable_id", nullable = false)
  private String receivableId;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_type", nullable = false)
  private ReceivableDocumentType documentType;

  protected ReceivableDocument() {}

  public ReceivableDocument(
      String id,
      String receivableId,
      ReceivableDocumentType documentType,
      String fileName,
      String mediaType,
      byte[] content,
      String sha256,
      Instant uploadedAt) {
    super(id, fileName, mediaType, content, sha256, uploadedAt);
    this.receivableId = receivableId;
    this.documentType = documentType;
  }

  public String receivableId() {
    return receivableId;
  }

  public ReceivableDocumentType documentType() {
    return documentType;
  }
}
