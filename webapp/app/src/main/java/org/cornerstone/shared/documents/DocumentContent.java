package org.cornerstone.shared.documents;

/** A document's bytes for download. */
public record DocumentContent(String fileName, String mediaType, byte[] content) {}
