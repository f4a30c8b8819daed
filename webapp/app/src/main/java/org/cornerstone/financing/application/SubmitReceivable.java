package org.cornerstone.financing.application;

import java.util.List;

/**
 * A supplier's invoice on a core enterprise, as typed: amounts and dates arrive as text so that
 * every problem gets the same clear message in the browser and the API.
 *
 * @param debtorOrganisation the core enterprise's organisation id (e.g. {@code daqing-petrochem})
 * @param amount the invoice amount, e.g. {@code 1000000.00} or {@code 1,000,000.00}
 * @param issueDate ISO date {@code 2026-12-01}
 * @param dueDate ISO date, after the issue date and after today: the certificate's maturity
 * @param documents at least one purchase order and one delivery proof
 */
public record SubmitReceivable(
    String debtorOrganisation,
    String invoiceNumber,
    String amount,
    String currency,
    String issueDate,
    String dueDate,
    List<ReceivableUpload> documents) {}
