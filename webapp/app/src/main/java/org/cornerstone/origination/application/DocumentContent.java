package org.cornerstone.origination.application;

/** A document's bytes for download. */
public record DocumentContent(String fileName, String mediaType, byte[] content) {}
