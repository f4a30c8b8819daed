package org.cornerstone.servicing.application;

import java.time.LocalDate;
import org.cornerstone.shared.documents.FileUpload;

/**
 * What the servicer reports for one period of an asset: amounts as typed ({@code 123,456.78}), in
 * the instrument's currency; the evidence is the rent roll or royalty statement (PDF, PNG or JPEG).
 *
 * @param period the collection period as the servicer names it, e.g. {@code 2026-11}
 * @param recordDate whose cap table decides who is entitled
 * @param paymentDate when the holders are paid; not before the record date
 */
public record CollectionReport(
    String instrumentId,
    String period,
    String grossAmount,
    String costs,
    LocalDate recordDate,
    LocalDate paymentDate,
    FileUpload evidence) {}
