package org.cornerstone.origination.application;

import org.cornerstone.origination.domain.DocumentType;
import org.cornerstone.shared.documents.FileUpload;
import org.cornerstone.shared.documents.SpooledFile;

/**
 * A file as the user uploaded it: its bytes (the REST API's multipart parts) or a temporary file
 * (the browser form, {@link SpooledFile}). Its type is checked from its content, never from its
 * name.
 */
public record DocumentUpload(String fileName, DocumentType type, byte[] bytes, SpooledFile spooled)
    implements FileUpload {
  public DocumentUpload(String fileName, DocumentType type, byte[] content) {
    this(fileName, type, content, null);
  }

  public DocumentUpload(String fileName, DocumentType type, SpooledFile spooled) {
    this(fileName, type, null, spooled);
  }

  @Override
  public byte[] content() {
    return spooled != null ? spooled.bytes() : bytes;
  }
}
