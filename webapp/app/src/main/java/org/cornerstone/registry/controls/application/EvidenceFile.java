package org.cornerstone.registry.controls.application;

/** An action's evidence document, to download. */
public record EvidenceFile(String fileName, String mediaType, String sha256, byte[] content) {}
