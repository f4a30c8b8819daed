package org.cornerstone.financing.application;

import org.cornerstone.financing.domain.ReceivableDocumentType;
import org.cornerstone.shared.documents.FileUpload;
import org.cornerstone.shared.documents.SpooledFile;

/**
 * A purchase order or delivery proof as the supplier uploaded it (bytes from the REST API, or a
 * temporary file from the browser form). Its type is checked from its content, never its name.
 */
public record ReceivableUpload(
    String fileName, ReceivableDocumentType type, byte[] bytes, SpooledFile spooled)
    implements FileUpload {
  public ReceivableUpload(String fileName, ReceivableDocumentType type, byte[] content) {
    this(fileName, type, content, null);
  }

  @Override
  public byte[] content() {
    return spooled != null ? spooled.bytes() : bytes;
  }
}
