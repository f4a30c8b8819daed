package org.cornerstone.origination.application;

import java.util.List;

/**
 * An originator's submission as typed into the form or posted to the API. Numbers arrive as text so
 * that every problem (not a number, negative, too large) gets the same clear message everywhere.
 *
 * @param submissionKey chosen by the client once per form; a repeated submit with the same key
 *     returns the asset created the first time
 */
public record SubmitRealEstateAsset(
    String submissionKey,
    String title,
    String address,
    String jurisdiction,
    String appraisedValue,
    String currency,
    String tokensToIssue,
    List<DocumentUpload> documents) {}
