package org.cornerstone.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.cornerstone.reporting.application.PerformanceReportService;
import org.cornerstone.reporting.application.StatementService;
import org.cornerstone.shared.Actor;

/**
 * Download links for statements and reports. Each file is generated when its link is followed; the
 * handler captures the actor, the month and the language (it runs without the session lock).
 */
public final class ReportDownloads {
  /** Months offered in the picker, the current one first. */
  static final int MONTHS = 24;

  private ReportDownloads() {}

  /** The investor's "Statement" block: a month picker and the PDF and CSV links. */
  public static Component statement(
      Component owner, StatementService statements, Actor actor, Locale language, Clock clock) {
    YearMonth current = YearMonth.now(clock.withZone(ZoneOffset.UTC));
    List<YearMonth> months = new ArrayList<>();
    for (int i = 0; i < MONTHS; i++) {
      months.add(current.minusMonths(i));
    }
    Select<YearMonth> month = new Select<>();
    month.setId("statement-month");
    month.setLabel(owner.getTranslation("statement.month"));
    month.setItems(months);
    month.setValue(current);
    Anchor pdf = new Anchor();
    pdf.setId("statement-pdf");
    pdf.setText(owner.getTranslation("statement.pdf"));
    pdf.getElement().setAttribute("download", true);
    Anchor csv = new Anchor();
    csv.setId("statement-csv");
    csv.setText(owner.getTranslation("statement.csv"));
    csv.getElement().setAttribute("download", true);
    Runnable link =
        () -> {
          YearMonth m = month.getValue() == null ? current : month.getValue();
          pdf.setHref(
              handler(
                  "statement-" + m + ".pdf",
                  "application/pdf",
                  () -> statements.pdf(actor, m, language)));
          csv.setHref(
              handler(
                  "statement-" + m + ".csv",
                  "text/csv; charset=UTF-8",
                  () -> statements.csv(actor, m).getBytes(StandardCharsets.UTF_8)));
        };
    link.run();
    month.addValueChangeListener(e -> link.run());
    HorizontalLayout row = new HorizontalLayout(month, pdf, csv);
    row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    VerticalLayout block =
        new VerticalLayout(new H3(owner.getTranslation("statement.heading")), row);
    block.setPadding(false);
    block.setId("statement-download");
    return block;
  }

  /** The trustee's performance report of the instrument, PDF and CSV. */
  public static Component performanceReport(
      Component owner,
      PerformanceReportService reports,
      Actor actor,
      String instrumentId,
      Locale language) {
    Anchor pdf =
        new Anchor(
            handler(
                "performance-" + instrumentId + ".pdf",
                "application/pdf",
                () -> reports.pdf(actor, instrumentId, language)),
            owner.getTranslation("report.performance.pdf"));
    pdf.setId("performance-pdf");
    pdf.getElement().setAttribute("download", true);
    Anchor csv =
        new Anchor(
            handler(
                "performance-" + instrumentId + ".csv",
                "text/csv; charset=UTF-8",
                () -> reports.csv(actor, instrumentId).getBytes(StandardCharsets.UTF_8)),
            owner.getTranslation("report.performance.csv"));
    csv.setId("performance-csv");
    csv.getElement().setAttribute("download", true);
    HorizontalLayout row = new HorizontalLayout(pdf, csv);
    row.setId("performance-report");
    return row;
  }

  static DownloadHandler handler(String fileName, String type, Supplier<byte[]> content) {
    return DownloadHandler.fromInputStream(
        e -> {
          byte[] bytes = content.get();
          return new DownloadResponse(
              new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        });
  }
}
