package org.cornerstone.reports.issuance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Currency;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.cornerstone.reports.issuance.PdfLayout.Align;
import org.cornerstone.reports.issuance.PdfLayout.Cell;
import org.cornerstone.reports.issuance.PdfLayout.Column;

/**
 * Renders the issuance certificate of an asset as an A4 PDF: the asset, the ledger record
 * (transaction id and diligence digest), the approvals and the holders with their shares.
 *
 * <p>Stateless and thread-safe. Times are printed in UTC. Text of any length and script is
 * accepted: long words are broken, characters outside Latin-1 are drawn with embedded fallback
 * fonts, or as '?' when no font has them (see {@link TextFonts}). The text layer says what the page
 * shows: extracting the text of a Chinese title gives the title's own characters, never the Kangxi
 * radicals that share their glyphs.
 *
 * <p>{@link #forArchive()} renders the same certificate as PDF/A-1b for archiving.
 */
public final class IssuanceCertificateRenderer {

  static final DateTimeFormatter UTC_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private static final float BODY = 9.5f;
  private static final float TABLE = 8.5f;
  private static final float KV = 9f;

  private final List<String> fallbackFontResources;
  private final boolean archival;

  /**
   * A renderer for screen and print: Latin text in the standard 14 fonts (not embedded), Liberation
   * Sans and Noto Sans SC (when on the classpath) embedded for text that Helvetica cannot encode.
   */
  public IssuanceCertificateRenderer() {
    this(TextFonts.FALLBACK_FONT_RESOURCES, false);
  }

  /**
   * A renderer for certificates that must be archived: PDF/A-1b (ISO 19005-1, level B), every font
   * embedded (Liberation Sans instead of Helvetica), XMP metadata and an sRGB output intent. The
   * files are some tens of kilobytes larger than the ordinary ones.
   */
  public static IssuanceCertificateRenderer forArchive() {
    return new IssuanceCertificateRenderer(TextFonts.FALLBACK_FONT_RESOURCES, true);
  }

  /** For tests: other (or missing) fallback font resources. */
  IssuanceCertificateRenderer(List<String> fallbackFontResources) {
    this(fallbackFontResources, false);
  }

  private IssuanceCertificateRenderer(List<String> fallbackFontResources, boolean archival) {
    this.fallbackFontResources = List.copyOf(fallbackFontResources);
    this.archival = archival;
  }

  /**
   * Renders the certificate.
   *
   * @return the PDF file's bytes
   * @throws NullPointerException if {@code certificate} is null
   * @throws UncheckedIOException if PDFBox fails to write the document
   */
  public byte[] render(IssuanceCertificate certificate) {
    Checks.required(certificate, "certificate");
    try (PDDocument document = new PDDocument()) {
      TextFonts fonts = new TextFonts(document, fallbackFontResources, archival);
      describe(document, certificate);
      try (PdfLayout layout =
          new PdfLayout(document, fonts, l -> continuationHeader(l, certificate))) {
        firstPageHeader(layout, certificate);
        attestation(layout, certificate);
        assetSection(layout, certificate);
        ledgerSection(layout, certificate);
        approvalsSection(layout, certificate);
        holdersSection(layout, certificate);
        closing(layout, certificate);
      }
      footers(document, fonts, certificate);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      if (archival) {
        PdfA.conformToPdfA1b(document);
        // PDF/A-1 is PDF 1.4: no object streams, no cross-reference streams.
        document.save(bytes, CompressParameters.NO_COMPRESSION);
      } else {
        document.save(bytes);
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot render the issuance certificate of asset " + certificate.assetId(), e);
    }
  }

  // ---------------------------------------------------------------- page furniture

  private static void describe(PDDocument document, IssuanceCertificate c) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle("Token issuance certificate " + c.assetId());
    info.setSubject(c.title());
    info.setAuthor(c.issuerName());
    info.setCreator("Cornerstone");
    Calendar issued = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    issued.setTimeInMillis(c.issuedAt().toEpochMilli());
    info.setCreationDate(issued);
  }

  private static void firstPageHeader(PdfLayout l, IssuanceCertificate c) throws IOException {
    TextFonts f = l.fonts;
    float top = PdfLayout.PAGE.getHeight();
    float bandHeight = 74;
    l.fill(0, top - bandHeight, PdfLayout.PAGE.getWidth(), bandHeight, PdfLayout.NAVY);
    l.fill(0, top - bandHeight - 3, PdfLayout.PAGE.getWidth(), 3, PdfLayout.GOLD);
    float left = PdfLayout.MARGIN_X;
    float right = PdfLayout.MARGIN_X + PdfLayout.CONTENT_WIDTH;
    l.text("CORNERSTONE", f.bold, 15, PdfLayout.WHITE, left, top - 36);
    l.text("Digital asset registry", f.regular, 8.5f, PdfLayout.Rgb.hex(0xC9D3E0), left, top - 50);
    l.textRight("TOKEN ISSUANCE CERTIFICATE", f.bold, 11, PdfLayout.WHITE, right, top - 34);
    l.textRight(
        l.fit("Reference " + c.processInstanceId(), f.regular, 8.5f, 260),
        f.regular,
        8.5f,
        PdfLayout.Rgb.hex(0xC9D3E0),
        right,
        top - 48);
    l.textRight(
        "Issued " + UTC_TIME.format(c.issuedAt()),
        f.regular,
        8.5f,
        PdfLayout.Rgb.hex(0xC9D3E0),
        right,
        top - 60);
    l.moveTo(top - bandHeight - 18);

    for (String line : l.wrap(c.title(), f.bold, 17, PdfLayout.CONTENT_WIDTH)) {
      l.ensureSpace(22);
      l.down(21);
      l.text(line, f.bold, 17, PdfLayout.NAVY, left, l.y() + 4);
    }
    l.down(4);
    l.paragraph(
        humanKind(c.assetKind())
            + "  \u00b7  "
            + c.jurisdiction()
            + "  \u00b7  Asset "
            + c.assetId(),
        f.regular,
        BODY,
        PdfLayout.MUTED,
        left,
        PdfLayout.CONTENT_WIDTH);
    l.down(10);
  }

  private static void continuationHeader(PdfLayout l, IssuanceCertificate c) {
    try {
      TextFonts f = l.fonts;
      float top = PdfLayout.PAGE.getHeight();
      float bandHeight = 30;
      l.fill(0, top - bandHeight, PdfLayout.PAGE.getWidth(), bandHeight, PdfLayout.NAVY);
      l.fill(0, top - bandHeight - 2, PdfLayout.PAGE.getWidth(), 2, PdfLayout.GOLD);
      float right = PdfLayout.MARGIN_X + PdfLayout.CONTENT_WIDTH;
      l.text("CORNERSTONE", f.bold, 10, PdfLayout.WHITE, PdfLayout.MARGIN_X, top - 19);
      String label = "Token issuance certificate \u00b7 Asset " + c.assetId() + " (continued)";
      l.textRight(
          l.fit(label, f.regular, 8.5f, 330), f.regular, 8.5f, PdfLayout.WHITE, right, top - 19);
      l.moveTo(top - bandHeight - 24);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "Page i of n" needs the page count, so footers are drawn after the content. */
  private static void footers(PDDocument document, TextFonts fonts, IssuanceCertificate c)
      throws IOException {
    int count = document.getNumberOfPages();
    float left = PdfLayout.MARGIN_X;
    float right = PdfLayout.MARGIN_X + PdfLayout.CONTENT_WIDTH;
    float ruleY = PdfLayout.MARGIN_BOTTOM - 22;
    for (int i = 0; i < count; i++) {
      PDPage page = document.getPage(i);
      try (PDPageContentStream cs =
          new PDPageContentStream(
              document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        cs.setStrokingColor(PdfLayout.RULE.r(), PdfLayout.RULE.g(), PdfLayout.RULE.b());
        cs.setLineWidth(0.5f);
        cs.moveTo(left, ruleY);
        cs.lineTo(right, ruleY);
        cs.stroke();
        String pageLabel = "Page " + (i + 1) + " of " + count;
        float pageWidth = fonts.width(pageLabel, fonts.regular, 7.5f);
        drawFooterText(
            cs,
            fonts,
            fitFooter(
                fonts,
                "Cornerstone token issuance certificate \u00b7 Asset "
                    + c.assetId()
                    + " \u00b7 Ledger transaction "
                    + c.ledgerTransactionId(),
                right - left - pageWidth - 20),
            left,
            ruleY - 12);
        drawFooterText(
            cs,
            fonts,
            "Generated electronically from the ledger record; valid without signature.",
            left,
            ruleY - 22);
        drawFooterText(cs, fonts, pageLabel, right - pageWidth, ruleY - 12);
      }
    }
  }

  private static String fitFooter(TextFonts fonts, String text, float maxWidth) {
    return fonts.fit(text, fonts.regular, 7.5f, maxWidth);
  }

  private static void drawFooterText(
      PDPageContentStream cs, TextFonts fonts, String text, float x, float baseline)
      throws IOException {
    PdfLayout.drawText(
        cs, fonts, TextFonts.singleLine(text), fonts.regular, 7.5f, PdfLayout.MUTED, x, baseline);
  }

  // ---------------------------------------------------------------- sections

  private static void attestation(PdfLayout l, IssuanceCertificate c) throws IOException {
    TextFonts f = l.fonts;
    String statement =
        "This certifies that "
            + grouped(c.tokensIssued())
            + " tokens, each an equal share of "
            + money(c.tokenizedAmount(), c.currencyCode())
            + " tokenized from the asset \u201c"
            + c.title()
            + "\u201d ("
            + c.assetId()
            + "), were issued by "
            + c.issuerName()
            + " on "
            + UTC_TIME.format(c.issuedAt())
            + " and recorded on the Cornerstone ledger in the transaction identified below, after"
            + " review and approval by the parties listed in this certificate.";
    float pad = 10;
    float width = PdfLayout.CONTENT_WIDTH - 2 * pad - 4;
    List<String> lines = l.wrap(statement, f.regular, BODY, width);
    float leading = BODY * 1.45f;
    float height = lines.size() * leading + 2 * pad;
    if (height > l.spaceLeft()) {
      // Absurdly long titles: print as a plain paragraph that may continue on the next page.
      l.paragraph(statement, f.regular, BODY, PdfLayout.TEXT, PdfLayout.MARGIN_X, width);
      l.down(14);
      return;
    }
    float bottom = l.y() - height;
    l.fill(PdfLayout.MARGIN_X, bottom, PdfLayout.CONTENT_WIDTH, height, PdfLayout.ZEBRA);
    l.fill(PdfLayout.MARGIN_X, bottom, 3, height, PdfLayout.GOLD);
    float baseline = l.y() - pad - BODY;
    for (String line : lines) {
      l.text(line, f.regular, BODY, PdfLayout.TEXT, PdfLayout.MARGIN_X + pad + 4, baseline);
      baseline -= leading;
    }
    l.moveTo(bottom - 16);
  }

  private static void sectionTitle(PdfLayout l, String title) throws IOException {
    l.ensureSpace(70);
    l.down(16);
    l.text(
        title.toUpperCase(Locale.ROOT),
        l.fonts.bold,
        10,
        PdfLayout.NAVY,
        PdfLayout.MARGIN_X,
        l.y());
    l.down(5);
    l.hline(
        PdfLayout.MARGIN_X,
        PdfLayout.MARGIN_X + PdfLayout.CONTENT_WIDTH,
        l.y(),
        1.2f,
        PdfLayout.GOLD);
    l.down(2);
  }

  private static final List<Column> KEY_VALUE =
      List.of(
          new Column("", 125, Align.LEFT),
          new Column("", PdfLayout.CONTENT_WIDTH - 125, Align.LEFT));

  private static void keyValues(PdfLayout l, List<String[]> pairs, List<PDFont> valueFonts)
      throws IOException {
    List<List<Cell>> rows = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      rows.add(
          List.of(
              new Cell(pairs.get(i)[0], l.fonts.bold, PdfLayout.MUTED),
              new Cell(pairs.get(i)[1], valueFonts.get(i))));
    }
    l.table(KEY_VALUE, false, rows, KV, false, 2.5f);
  }

  private static void assetSection(PdfLayout l, IssuanceCertificate c) throws IOException {
    sectionTitle(l, "Asset");
    TextFonts f = l.fonts;
    List<String[]> pairs = new ArrayList<>();
    pairs.add(new String[] {"Asset ID", c.assetId()});
    pairs.add(new String[] {"Title", c.title()});
    pairs.add(new String[] {"Kind", humanKind(c.assetKind())});
    pairs.add(new String[] {"Address", c.address()});
    pairs.add(new String[] {"Jurisdiction", c.jurisdiction()});
    pairs.add(new String[] {"Appraised value", money(c.appraisedValue(), c.currencyCode())});
    pairs.add(
        new String[] {
          "Tokenized amount", money(c.tokenizedAmount(), c.currencyCode()) + " (on the ledger)"
        });
    pairs.add(
        new String[] {
          "Tokens issued",
          grouped(c.tokensIssued()) + " (" + money(perToken(c), c.currencyCode()) + " each)"
        });
    pairs.add(new String[] {"Issuer", c.issuerName()});
    List<PDFont> fonts = new ArrayList<>();
    pairs.forEach(p -> fonts.add(f.regular));
    fonts.set(0, f.mono);
    keyValues(l, pairs, fonts);
  }

  private static void ledgerSection(PdfLayout l, IssuanceCertificate c) throws IOException {
    sectionTitle(l, "Ledger record");
    TextFonts f = l.fonts;
    keyValues(
        l,
        List.of(
            new String[] {"Ledger transaction ID", c.ledgerTransactionId()},
            new String[] {"Diligence digest", c.diligenceDigest().toLowerCase(Locale.ROOT)},
            new String[] {"Issued at", UTC_TIME.format(c.issuedAt())},
            new String[] {"Process instance", c.processInstanceId()}),
        List.of(f.mono, f.mono, f.regular, f.mono));
  }

  private static void approvalsSection(PdfLayout l, IssuanceCertificate c) throws IOException {
    sectionTitle(l, "Approvals");
    TextFonts f = l.fonts;
    if (c.approvals().isEmpty()) {
      l.paragraph(
          "No approvals were recorded for this issuance.",
          f.oblique,
          BODY,
          PdfLayout.MUTED,
          PdfLayout.MARGIN_X,
          PdfLayout.CONTENT_WIDTH);
      return;
    }
    List<Column> columns =
        List.of(
            new Column("Role", 58, Align.LEFT),
            new Column("Approver", 104, Align.LEFT),
            new Column("Decision", 62, Align.LEFT),
            new Column("Decided at", 116, Align.LEFT),
            new Column("Comment", PdfLayout.CONTENT_WIDTH - 340, Align.LEFT));
    List<List<Cell>> rows = new ArrayList<>();
    for (Approval a : c.approvals()) {
      rows.add(
          List.of(
              new Cell(a.role(), f.regular),
              new Cell(a.displayName() + "\n" + a.userId(), f.regular),
              new Cell(a.decision(), f.bold),
              new Cell(UTC_TIME.format(a.decidedAt()), f.regular),
              new Cell(
                  a.comment() == null || a.comment().isBlank() ? "\u2014" : a.comment(),
                  f.regular)));
    }
    l.table(columns, true, rows, TABLE, true, PdfLayout.CELL_PAD_Y);
  }

  private static void holdersSection(PdfLayout l, IssuanceCertificate c) throws IOException {
    sectionTitle(l, "Holders");
    TextFonts f = l.fonts;
    List<Column> columns =
        List.of(
            new Column("#", 32, Align.RIGHT),
            new Column("Holder", PdfLayout.CONTENT_WIDTH - 32 - 110 - 90, Align.LEFT),
            new Column("Tokens", 110, Align.RIGHT),
            new Column("Share", 90, Align.RIGHT));
    List<List<Cell>> rows = new ArrayList<>();
    int n = 0;
    for (Holding h : c.holders()) {
      n++;
      rows.add(
          List.of(
              new Cell(Integer.toString(n), f.regular, PdfLayout.MUTED),
              new Cell(h.holderName(), f.regular),
              new Cell(grouped(h.quantity()), f.regular),
              new Cell(percent(h.quantity(), c.tokensIssued()), f.regular)));
    }
    long unallocated = c.unallocatedTokens();
    if (unallocated > 0) {
      rows.add(
          List.of(
              new Cell("", f.regular),
              new Cell("Not allocated to a holder", f.oblique, PdfLayout.MUTED),
              new Cell(grouped(unallocated), f.oblique, PdfLayout.MUTED),
              new Cell(percent(unallocated, c.tokensIssued()), f.oblique, PdfLayout.MUTED)));
    }
    rows.add(
        List.of(
            new Cell("", f.bold),
            new Cell("Total (" + c.holders().size() + " holders)", f.bold),
            new Cell(grouped(c.tokensIssued()), f.bold),
            new Cell(percent(c.tokensIssued(), c.tokensIssued()), f.bold)));
    l.table(columns, true, rows, TABLE, true, PdfLayout.CELL_PAD_Y);
  }

  private static void closing(PdfLayout l, IssuanceCertificate c) throws IOException {
    l.down(10);
    l.paragraph(
        "Shares are computed on the "
            + grouped(c.tokensIssued())
            + " tokens issued and rounded half-up to "
            + Shares.PERCENT_SCALE
            + " decimal places. To verify this certificate, look up the ledger transaction ID"
            + " on the Cornerstone ledger and compare the diligence digest with the SHA-256 of the"
            + " documents held on file by "
            + c.issuerName()
            + ".",
        l.fonts.oblique,
        7.5f,
        PdfLayout.MUTED,
        PdfLayout.MARGIN_X,
        PdfLayout.CONTENT_WIDTH);
  }

  // ---------------------------------------------------------------- formatting

  private static String humanKind(String kind) {
    if (!kind.matches("[A-Z0-9_]+")) {
      return kind;
    }
    String words = kind.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  static String grouped(long value) {
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH))
        .format(value);
  }

  static String percent(long quantity, long total) {
    return Shares.percent(quantity, total).toPlainString() + " %";
  }

  /** e.g. {@code EUR 1,250,000.00}; never rounds away digits the value has. */
  static String money(BigDecimal amount, String currencyCode) {
    int digits = Math.max(0, Currency.getInstance(currencyCode).getDefaultFractionDigits());
    DecimalFormat format =
        new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(Math.max(digits, amount.stripTrailingZeros().scale()));
    format.setRoundingMode(RoundingMode.UNNECESSARY);
    return currencyCode + " " + format.format(amount);
  }

  /** Tokenized amount divided by tokens, to the currency's minor unit plus two places. */
  static BigDecimal perToken(IssuanceCertificate c) {
    int digits = Math.max(0, c.currency().getDefaultFractionDigits());
    return c.tokenizedAmount()
        .divide(BigDecimal.valueOf(c.tokensIssued()), digits + 2, RoundingMode.HALF_UP)
        .setScale(digits + 2, RoundingMode.HALF_UP);
  }
}
