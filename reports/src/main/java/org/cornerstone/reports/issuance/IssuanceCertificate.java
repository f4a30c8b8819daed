package org.cornerstone.reports.issuance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Everything the issuance certificate of one asset shows. Immutable; the lists are copied.
 *
 * @param assetId the platform's asset id
 * @param title the asset's title as submitted by the originator
 * @param assetKind e.g. {@code REAL_ESTATE} or {@code COPYRIGHT}
 * @param address postal address (real estate) or registration reference (copyright)
 * @param jurisdiction the jurisdiction whose law governs the asset
 * @param appraisedValue the appraised value, positive, in {@code currencyCode}
 * @param currencyCode ISO 4217 code of the appraised value, e.g. {@code EUR}
 * @param tokensIssued whole tokens issued, positive
 * @param issuerName the issuing organisation
 * @param approvals the onboarding decisions, in the order they were taken
 * @param ledgerTransactionId id of the ledger transaction that issued the tokens
 * @param holders who holds the tokens; their quantities add up to at most {@code tokensIssued}
 * @param diligenceDigest hex digest over the diligence documents (e.g. SHA-256)
 * @param issuedAt when the tokens were issued
 * @param processInstanceId the onboarding process instance, used as the certificate reference
 * @param tokenizedAmount the amount the tokens represent, as recorded in the ledger's asset state:
 *     the appraised value times the loan-to-value share (the tokenization cap), positive and at
 *     most {@code appraisedValue}, in {@code currencyCode}. Each token represents an equal share of
 *     it.
 */
public record IssuanceCertificate(
    String assetId,
    String title,
    String assetKind,
    String address,
    String jurisdiction,
    BigDecimal appraisedValue,
    String currencyCode,
    long tokensIssued,
    String issuerName,
    List<Approval> approvals,
    String ledgerTransactionId,
    List<Holding> holders,
    String diligenceDigest,
    Instant issuedAt,
    String processInstanceId,
    BigDecimal tokenizedAmount) {

  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

  /** Validates every field; see the record description for the rules. */
  public IssuanceCertificate {
    Checks.requiredText(assetId, "assetId");
    Checks.requiredText(title, "title");
    Checks.requiredText(assetKind, "assetKind");
    Checks.requiredText(address, "address");
    Checks.requiredText(jurisdiction, "jurisdiction");
    Checks.required(appraisedValue, "appraisedValue");
    if (appraisedValue.signum() <= 0) {
      throw new IllegalArgumentException(
          "appraisedValue must be positive, was " + appraisedValue.toPlainString());
    }
    Checks.requiredText(currencyCode, "currencyCode");
    try {
      Currency.getInstance(currencyCode);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "currencyCode must be an ISO 4217 code such as EUR, was '" + currencyCode + "'", e);
    }
    if (tokensIssued <= 0) {
      throw new IllegalArgumentException("tokensIssued must be positive, was " + tokensIssued);
    }
    Checks.requiredText(issuerName, "issuerName");
    approvals = Checks.requiredList(approvals, "approvals");
    Checks.requiredText(ledgerTransactionId, "ledgerTransactionId");
    holders = Checks.requiredList(holders, "holders");
    long held = 0;
    for (Holding h : holders) {
      held = Math.addExact(held, h.quantity());
    }
    if (held > tokensIssued) {
      throw new IllegalArgumentException(
          "holders hold " + held + " tokens in total, more than the " + tokensIssued + " issued");
    }
    Checks.requiredText(diligenceDigest, "diligenceDigest");
    if (!HEX.matcher(diligenceDigest).matches()) {
      throw new IllegalArgumentException(
          "diligenceDigest must be hexadecimal, was '" + diligenceDigest + "'");
    }
    Checks.required(issuedAt, "issuedAt");
    Checks.requiredText(processInstanceId, "processInstanceId");
    Checks.required(tokenizedAmount, "tokenizedAmount");
    if (tokenizedAmount.signum() <= 0 || tokenizedAmount.compareTo(appraisedValue) > 0) {
      throw new IllegalArgumentException(
          "tokenizedAmount must be positive and at most the appraised value, was "
              + tokenizedAmount.toPlainString());
    }
  }

  /** The currency of {@link #appraisedValue()}. */
  public Currency currency() {
    return Currency.getInstance(currencyCode);
  }

  /** Tokens issued but held by nobody in {@link #holders()} (normally zero). */
  public long unallocatedTokens() {
    return tokensIssued - holders.stream().mapToLong(Holding::quantity).sum();
  }
}
