/**
 * The documents kernel: a stored document's common part ({@code StoredDocument}: file, detected
 * media type, size, SHA-256 fingerprint, upload time), what a user uploads ({@code FileUpload}),
 * the inspection of its content ({@code DocumentInspector}) and its bytes for download ({@code
 * DocumentContent}). Each context's document adds its owner and its own document type.
 */
package org.cornerstone.shared.documents;
