package org.cornerstone.party.application;

import org.cornerstone.party.domain.IdentityDocumentType;
import org.cornerstone.shared.documents.FileUpload;

/**
 * An identity document as the investor uploaded it. What it is gets checked from its content, never
 * from its name.
 */
public record UploadedDocument(String fileName, IdentityDocumentType type, byte[] content)
    implements FileUpload {}
