package org.cornerstone.reports.issuance;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The certificate's page layout (A4, navy headings, tables that continue on the next page with
 * their header, Latin text in the standard 14 fonts and any other script in embedded subsets of
 * Liberation Sans and Noto Sans SC) offered to the other reports: statements and performance
 * reports draw with it instead of a layout of their own. Not thread-safe; one per document.
 */
public final class ReportDocument implements AutoCloseable {
  /** Width of the text area in points (A4 less both margins). */
  public static final float CONTENT_WIDTH = PdfLayout.CONTENT_WIDTH;

  private final PDDocument document = new PDDocument();
  private final PdfLayout layout;
  private final String runningTitle;
  private final TextFonts fonts;
  private final boolean archival;
  private String footerText;
  private String pageFormat;

  /**
   * @param title the document information's title
   * @param runningTitle printed at the top of every page after the first
   */
  public ReportDocument(String title, String runningTitle) {
    this(title, runningTitle, false);
  }

  /**
   * @param archival whether to write PDF/A-1b (as {@link IssuanceCertificateRenderer#forArchive}):
   *     every font embedded, XMP metadata repeating the document information (call {@link
   *     #describe} first) and an sRGB output intent; the file is some tens of kilobytes larger
   */
  public ReportDocument(String title, String runningTitle, boolean archival) {
    this.archival = archival;
    this.runningTitle = runningTitle;
    try {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(title);
      info.setCreator("Cornerstone");
      fonts = new TextFonts(document, TextFonts.FALLBACK_FONT_RESOURCES, archival);
      layout = new PdfLayout(document, fonts, this::continuation);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void continuation(PdfLayout l) {
    try {
      l.text(runningTitle, l.fonts.regular, 8, PdfLayout.MUTED, PdfLayout.MARGIN_X, l.y() - 8);
      l.down(20);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document's title block: a title, a subtitle line and a gold rule. */
  public void title(String title, String subtitle) {
    run(
        () -> {
          layout.down(18);
          layout.text(title, layout.fonts.bold, 18, PdfLayout.NAVY, PdfLayout.MARGIN_X, layout.y());
          // A long subtitle wraps instead of running past the margin.
          List<String> lines = layout.wrap(subtitle, layout.fonts.regular, 10, CONTENT_WIDTH);
          for (int i = 0; i < lines.size(); i++) {
            layout.down(i == 0 ? 16 : 13);
            layout.text(
                lines.get(i),
                layout.fonts.regular,
                10,
                PdfLayout.MUTED,
                PdfLayout.MARGIN_X,
                layout.y());
          }
          layout.down(8);
          layout.hline(
              PdfLayout.MARGIN_X,
              PdfLayout.MARGIN_X + CONTENT_WIDTH,
              layout.y(),
              1.2f,
              PdfLayout.GOLD);
          layout.down(6);
        });
  }

  /** A section heading; starts a new page when less than {@code keepWithNext} points remain. */
  public void heading(String text, float keepWithNext) {
    run(
        () -> {
          layout.ensureSpace(30 + keepWithNext);
          layout.down(22);
          layout.text(text, layout.fonts.bold, 12, PdfLayout.NAVY, PdfLayout.MARGIN_X, layout.y());
          layout.down(6);
        });
  }

  /** A wrapped paragraph in the muted colour (notes, the valuation basis). */
  public void note(String text) {
    run(
        () ->
            layout.paragraph(
                text,
                layout.fonts.regular,
                8.5f,
                PdfLayout.MUTED,
                PdfLayout.MARGIN_X,
                CONTENT_WIDTH));
  }

  /** A wrapped paragraph of body text. */
  public void paragraph(String text) {
    run(
        () ->
            layout.paragraph(
                text, layout.fonts.regular, 10, PdfLayout.TEXT, PdfLayout.MARGIN_X, CONTENT_WIDTH));
  }

  /**
   * A table with a header row; {@code widths} are fractions of the content width, {@code right}
   * marks the right-aligned (numeric) columns. Rows whose first cell starts with {@code "Σ "} are
   * drawn bold (totals).
   */
  public void table(
      List<String> headers, float[] widths, boolean[] right, List<List<String>> rows) {
    List<PdfLayout.Column> columns = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      columns.add(
          new PdfLayout.Column(
              headers.get(i),
              widths[i] * CONTENT_WIDTH,
              right[i] ? PdfLayout.Align.RIGHT : PdfLayout.Align.LEFT));
    }
    List<List<PdfLayout.Cell>> cells = new ArrayList<>();
    for (List<String> row : rows) {
      boolean total = !row.isEmpty() && row.get(0).startsWith("Σ");
      cells.add(
          row.stream()
              .map(t -> new PdfLayout.Cell(t, total ? layout.fonts.bold : layout.fonts.regular))
              .toList());
    }
    run(() -> layout.table(columns, true, cells, 8, true, 3));
  }

  /**
   * A raster image (a chart) scaled to {@code widthPoints}, keeping its aspect ratio; on the next
   * page when it does not fit. Charts are rendered at twice their printed size, so they stay sharp
   * at 144 DPI.
   */
  public void image(BufferedImage image, float widthPoints) {
    run(
        () -> {
          float height = widthPoints * image.getHeight() / image.getWidth();
          layout.ensureSpace(height + 8);
          layout.down(height + 4);
          PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
          layout.stream().drawImage(xobject, PdfLayout.MARGIN_X, layout.y(), widthPoints, height);
          layout.down(4);
        });
  }

  /**
   * The document information beyond the title: subject, author and creation date (the report's own
   * time, so that the same figures give the same document information).
   */
  public void describe(String subject, String author, Instant created) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setSubject(subject);
    info.setAuthor(author);
    Calendar at = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    at.setTimeInMillis(created.toEpochMilli());
    info.setCreationDate(at);
  }

  /**
   * A footer on every page, drawn when the document is written: a rule, {@code text} on the left
   * and the page number on the right.
   *
   * @param pageFormat a {@link MessageFormat} pattern: {@code {0}} the page, {@code {1}} the count
   */
  public void footer(String text, String pageFormat) {
    this.footerText = text;
    this.pageFormat = pageFormat;
  }

  private void drawFooters() throws IOException {
    int count = document.getNumberOfPages();
    float left = PdfLayout.MARGIN_X;
    float right = PdfLayout.MARGIN_X + CONTENT_WIDTH;
    float ruleY = PdfLayout.MARGIN_BOTTOM - 22;
    float size = 7.5f;
    for (int i = 0; i < count; i++) {
      try (PDPageContentStream cs =
          new PDPageContentStream(
              document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
        cs.setStrokingColor(PdfLayout.RULE.r(), PdfLayout.RULE.g(), PdfLayout.RULE.b());
        cs.setLineWidth(0.5f);
        cs.moveTo(left, ruleY);
        cs.lineTo(right, ruleY);
        cs.stroke();
        String page =
            TextFonts.singleLine(
                new MessageFormat(pageFormat, Locale.ROOT).format(new Object[] {i + 1, count}));
        float pageWidth = fonts.width(page, fonts.regular, size);
        String text = fonts.fit(footerText, fonts.regular, size, right - left - pageWidth - 20);
        PdfLayout.drawText(cs, fonts, text, fonts.regular, size, PdfLayout.MUTED, left, ruleY - 12);
        PdfLayout.drawText(
            cs, fonts, page, fonts.regular, size, PdfLayout.MUTED, right - pageWidth, ruleY - 12);
      }
    }
  }

  /** Closes the last page and answers the PDF. */
  public byte[] toBytes() {
    try {
      layout.close();
      if (footerText != null) {
        drawFooters();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (archival) {
        PDDocumentInformation info = document.getDocumentInformation();
        if (info.getAuthor() == null || info.getCreationDate() == null) {
          throw new IllegalStateException(
              "An archival report needs describe(...) before toBytes()");
        }
        PdfA.conformToPdfA1b(document);
        // PDF/A-1 is PDF 1.4: no object streams, no cross-reference streams.
        document.save(out, CompressParameters.NO_COMPRESSION);
      } else {
        document.save(out);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the report", e);
    }
  }

  @Override
  public void close() {
    try {
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface Drawing {
    void draw() throws IOException;
  }

  private static void run(Drawing drawing) {
    try {
      drawing.draw();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot draw the report", e);
    }
  }
}
