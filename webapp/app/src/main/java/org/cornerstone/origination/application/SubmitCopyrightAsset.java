package org.cornerstone.origination.application;

import java.util.List;

/**
 * An originator's copyright submission. The documents must include the royalty history as CSV
 * ({@code month,amount}, at least twelve consecutive months); the platform values the copyright
 * from it.
 *
 * @param declaredValue the originator's own estimate, a reference for plausibility checks
 */
public record SubmitCopyrightAsset(
    String submissionKey,
    String title,
    String jurisdiction,
    String registrationNumber,
    String registrationAuthority,
    String authors,
    String rightsHolder,
    String declaredValue,
    String currency,
    String tokensToIssue,
    List<DocumentUpload> documents) {}
