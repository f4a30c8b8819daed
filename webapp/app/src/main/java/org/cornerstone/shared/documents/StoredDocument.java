package org.cornerstone.shared.documents;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Objects;

/**
 * The part every stored document shares, whoever it belongs to (an asset's evidence, an investor's
 * identity documents): the file as uploaded, its media type detected from the content, its size and
 * SHA-256 fingerprint, and when it came. Each context's document adds its owner and its own type.
 */
@MappedSuperclass
public abstract class StoredDocument {
  @Id private String id;

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

  protected StoredDocument() {}

  protected StoredDocument(
      String id,
      String fileName,
      String mediaType,
      byte[] content,
      String sha256,
      Instant uploadedAt) {
    this.id = id;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.content = Objects.requireNonNull(content, "content").clone();
    this.sizeBytes = content.length;
    this.sha256 = sha256;
    this.uploadedAt = uploadedAt;
  }

  public String id() {
    return id;
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
