package org.cornerstone.registry.controls.application;

import org.cornerstone.shared.documents.FileUpload;

/** The evidence file the registrar uploads with a request (a PDF). */
public record EvidenceUpload(String fileName, byte[] content) implements FileUpload {}
