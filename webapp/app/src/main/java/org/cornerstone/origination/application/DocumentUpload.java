package org.cornerstone.origination.application;

import org.cornerstone.origination.domain.DocumentType;
import org.cornerstone.shared.documents.FileUpload;

/** A file as the user uploaded it. Its type is checked from its content, never from its name. */
public record DocumentUpload(String fileName, DocumentType type, byte[] content)
    implements FileUpload {}
