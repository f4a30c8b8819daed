package org.cornerstone.reports.issuance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV export of an asset's holders (RFC 4180: CRLF line ends, fields with commas, quotes or line
 * breaks are quoted, quotes doubled). Columns: {@code holder,quantity,share_percent}.
 */
public final class HoldersCsv {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader("holder", "quantity", "share_percent").get();

  private HoldersCsv() {}

  /** The holders of the certificate; shares are relative to the tokens issued. */
  public static String render(IssuanceCertificate certificate) {
    Checks.required(certificate, "certificate");
    return render(certificate.holders(), certificate.tokensIssued());
  }

  /**
   * The given holders, with shares relative to {@code totalTokens}.
   *
   * @throws IllegalArgumentException if {@code totalTokens} is not positive
   */
  public static String render(List<Holding> holders, long totalTokens) {
    List<Holding> rows = Checks.requiredList(holders, "holders");
    if (totalTokens <= 0) {
      throw new IllegalArgumentException("totalTokens must be positive, was " + totalTokens);
    }
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      for (Holding h : rows) {
        printer.printRecord(
            h.holderName(),
            h.quantity(),
            Shares.percent(h.quantity(), totalTokens).toPlainString());
      }
    } catch (IOException e) {
      // A StringBuilder does not throw; keep the signature free of checked exceptions.
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
