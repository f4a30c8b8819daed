package org.cornerstone.workflows.rules;

import java.util.List;

/**
 * Names shared by the DMN tables under {@code dmn/}, the business rule tasks that call them and the
 * web app: decision ids (= file names), resources, input and output names and the allowed values.
 */
public final class Decisions {

  /** Decision id of {@code dmn/required-documents.dmn} (hit policy COLLECT). */
  public static final String REQUIRED_DOCUMENTS = "required-documents";

  public static final String REQUIRED_DOCUMENTS_RESOURCE = "dmn/" + REQUIRED_DOCUMENTS + ".dmn";

  /** Decision id of {@code dmn/tokenization-cap.dmn} (hit policy UNIQUE). */
  public static final String TOKENIZATION_CAP = "tokenization-cap";

  public static final String TOKENIZATION_CAP_RESOURCE = "dmn/" + TOKENIZATION_CAP + ".dmn";

  /**
   * Every decision table, to deploy together with the models that call them (real-estate and
   * copyright onboarding).
   */
  public static final List<String> DMN_RESOURCES =
      List.of(REQUIRED_DOCUMENTS_RESOURCE, TOKENIZATION_CAP_RESOURCE);

  // --- inputs (variable names read by the tables) -------------------------------------------

  /** String, one of {@link AssetKind}. */
  public static final String INPUT_ASSET_KIND = "assetKind";

  /** String: {@code CN-<province>} (e.g. {@code CN-SH}), {@code CN}, {@code HK}, {@code SG}, ... */
  public static final String INPUT_JURISDICTION = "jurisdiction";

  /** String, one of {@link RiskClass}. */
  public static final String INPUT_RISK_CLASS = "riskClass";

  // --- outputs ------------------------------------------------------------------------------

  /** Output of {@link #REQUIRED_DOCUMENTS}: a document type (String), one per matching rule. */
  public static final String OUTPUT_DOCUMENT_TYPE = "documentType";

  /**
   * Output of {@link #TOKENIZATION_CAP}: the loan-to-value share in basis points (Integer, 10000 =
   * 100 %), never a floating-point number.
   */
  public static final String OUTPUT_LOAN_TO_VALUE_BPS = "loanToValueBps";

  // --- document types -----------------------------------------------------------------------

  public static final String DOC_TITLE_DEED = "TITLE_DEED";
  public static final String DOC_APPRAISAL_REPORT = "APPRAISAL_REPORT";
  public static final String DOC_INSURANCE_CERTIFICATE = "INSURANCE_CERTIFICATE";
  public static final String DOC_LAND_SEARCH = "LAND_SEARCH";
  public static final String DOC_LEGAL_OPINION = "LEGAL_OPINION";
  public static final String DOC_REGISTRATION_CERTIFICATE = "REGISTRATION_CERTIFICATE";

  /** HK and SG keep no copyright register: authorship is evidenced by a statutory declaration. */
  public static final String DOC_STATUTORY_DECLARATION = "STATUTORY_DECLARATION";

  public static final String DOC_CHAIN_OF_RIGHTS = "CHAIN_OF_RIGHTS";
  public static final String DOC_ROYALTY_HISTORY = "ROYALTY_HISTORY";

  private Decisions() {}
}
