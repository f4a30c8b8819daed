package org.cornerstone.party.application;

import org.cornerstone.party.domain.IdentityDocumentType;
import org.cornerstone.shared.documents.FileUpload;
import org.cornerstone.shared.documents.SpooledFile;

/**
 * An identity document as the investor uploaded it: its bytes (the REST API) or a temporary file
 * (the browser form, {@link SpooledFile}). What it is gets checked from its content, never from its
 * name.
 */
public record UploadedDocument(
    String fileName, IdentityDocumentType type, byte[] bytes, SpooledFile spooled)
    implements FileUpload {
  public UploadedDocument(String fileName, IdentityDocumentType type, byte[] content) {
    this(fileName, type, content, null);
  }

  public UploadedDocument(String fileName, IdentityDocumentType type, SpooledFile spooled) {
    this(fileName, type, null, spooled);
  }

  @Override
  public byte[] content() {
    return spooled != null ? spooled.bytes() : bytes;
  }
}
