package org.cornerstone.shared.documents;

/**
 * A file as a user uploaded it, before anyone trusts its name: what it is gets checked from its
 * content ({@link DocumentInspector}). Each context's upload record (asset evidence, identity
 * documents) is one.
 */
public interface FileUpload {
  String fileName();

  byte[] content();
}
