package org.cornerstone.shared.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A file as a user uploaded it, before anyone trusts its name: what it is gets checked from its
 * content ({@link DocumentInspector}). Each context's upload record (asset evidence, identity
 * documents) is one. The browser forms keep their files on disk ({@link SpooledFile}); then {@link
 * #size}, {@link #openStream} and {@link #sha256} read the file as a stream, and only {@link
 * #content} loads it whole.
 */
public interface FileUpload {
  String fileName();

  byte[] content();

  /** The file on disk behind this upload, if it has one. */
  default SpooledFile spooled() {
    return null;
  }

  default long size() {
    if (spooled() != null) {
      return spooled().size();
    }
    byte[] content = content();
    return content == null ? 0 : content.length;
  }

  default InputStream openStream() throws IOException {
    return spooled() != null ? spooled().open() : new ByteArrayInputStream(content());
  }

  default String sha256() {
    return spooled() != null ? spooled().sha256() : Fingerprint.sha256(content());
  }
}
