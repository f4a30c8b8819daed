package org.cornerstone.reports.issuance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * A small flow layout on top of PDFBox: a cursor that moves down A4 pages, wrapped paragraphs and
 * tables whose rows continue on the next page (repeating the header). PDFBox itself only places
 * glyphs at coordinates.
 */
final class PdfLayout implements AutoCloseable {

  static final PDRectangle PAGE = PDRectangle.A4;
  static final float MARGIN_X = 50;
  static final float MARGIN_TOP = 48;
  static final float MARGIN_BOTTOM = 62;
  static final float CONTENT_WIDTH = PAGE.getWidth() - 2 * MARGIN_X;

  /** An RGB colour with components in 0..1. */
  record Rgb(float r, float g, float b) {
    static Rgb hex(int rgb) {
      return new Rgb(((rgb >> 16) & 0xff) / 255f, ((rgb >> 8) & 0xff) / 255f, (rgb & 0xff) / 255f);
    }
  }

  static final Rgb NAVY = Rgb.hex(0x1B2E4B);
  static final Rgb GOLD = Rgb.hex(0xB08D3C);
  static final Rgb TEXT = Rgb.hex(0x1F2933);
  static final Rgb MUTED = Rgb.hex(0x616E7C);
  static final Rgb RULE = Rgb.hex(0xCBD2D9);
  static final Rgb ZEBRA = Rgb.hex(0xF3F5F8);
  static final Rgb WHITE = new Rgb(1, 1, 1);

  enum Align {
    LEFT,
    RIGHT
  }

  /** One table cell: its text and the font it is primarily drawn in. */
  record Cell(String text, PDFont font, Rgb color) {
    Cell(String text, PDFont font) {
      this(text, font, TEXT);
    }
  }

  /** A table column: header label, width in points and alignment. */
  record Column(String header, float width, Align align) {}

  final PDDocument document;
  final TextFonts fonts;
  private final Consumer<PdfLayout> continuationHeader;
  private PDPageContentStream out;
  private float y;

  /**
   * @param continuationHeader draws the header of every page after the first; it must leave the
   *     cursor below what it drew
   */
  PdfLayout(PDDocument document, TextFonts fonts, Consumer<PdfLayout> continuationHeader)
      throws IOException {
    this.document = document;
    this.fonts = fonts;
    this.continuationHeader = continuationHeader;
    openPage();
  }

  PDPageContentStream stream() {
    return out;
  }

  float y() {
    return y;
  }

  void moveTo(float newY) {
    this.y = newY;
  }

  void down(float points) {
    y -= points;
  }

  /** The space left above the footer on this page. */
  float spaceLeft() {
    return y - MARGIN_BOTTOM;
  }

  /** Starts a new page if fewer than {@code points} are left on this one. */
  void ensureSpace(float points) throws IOException {
    if (spaceLeft() < points) {
      newPage();
    }
  }

  void newPage() throws IOException {
    out.close();
    openPage();
    continuationHeader.accept(this);
  }

  private void openPage() throws IOException {
    PDPage page = new PDPage(PAGE);
    document.addPage(page);
    out = new PDPageContentStream(document, page);
    y = PAGE.getHeight() - MARGIN_TOP;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  // ---------------------------------------------------------------- drawing primitives

  void fill(float x, float bottom, float w, float h, Rgb color) throws IOException {
    out.setNonStrokingColor(color.r(), color.g(), color.b());
    out.addRect(x, bottom, w, h);
    out.fill();
  }

  void hline(float x1, float x2, float atY, float lineWidth, Rgb color) throws IOException {
    out.setStrokingColor(color.r(), color.g(), color.b());
    out.setLineWidth(lineWidth);
    out.moveTo(x1, atY);
    out.lineTo(x2, atY);
    out.stroke();
  }

  void box(float x, float bottom, float w, float h, float lineWidth, Rgb color) throws IOException {
    out.setStrokingColor(color.r(), color.g(), color.b());
    out.setLineWidth(lineWidth);
    out.addRect(x, bottom, w, h);
    out.stroke();
  }

  /** Draws one line of text with its baseline at {@code baseline}; no wrapping. */
  void text(String line, PDFont font, float size, Rgb color, float x, float baseline)
      throws IOException {
    text(out, line, font, size, color, x, baseline);
  }

  void text(
      PDPageContentStream cs,
      String line,
      PDFont font,
      float size,
      Rgb color,
      float x,
      float baseline)
      throws IOException {
    String clean = TextFonts.singleLine(line);
    if (clean.isEmpty()) {
      return;
    }
    drawText(cs, fonts, clean, font, size, color, x, baseline);
  }

  /** Slant of synthetic oblique text: about 11 degrees, like Helvetica Oblique. */
  private static final float SLANT = 0.2f;

  /** Stroke width of synthetic bold text, relative to the font size. */
  private static final float EMBOLDEN = 0.05f;

  /**
   * Draws a single line in {@code font}, falling back per character (see {@link TextFonts#runs});
   * bold and oblique are synthesised when the fonts are embedded ones without such faces.
   */
  static void drawText(
      PDPageContentStream cs,
      TextFonts fonts,
      String clean,
      PDFont font,
      float size,
      Rgb color,
      float x,
      float baseline)
      throws IOException {
    boolean bold = fonts.emboldened(font);
    if (bold) {
      cs.setStrokingColor(color.r(), color.g(), color.b());
      cs.setLineWidth(size * EMBOLDEN);
    }
    cs.beginText();
    cs.setNonStrokingColor(color.r(), color.g(), color.b());
    if (bold) {
      cs.setRenderingMode(RenderingMode.FILL_STROKE);
    }
    if (fonts.slanted(font)) {
      cs.setTextMatrix(new Matrix(1, 0, SLANT, 1, x, baseline));
    } else {
      cs.newLineAtOffset(x, baseline);
    }
    for (TextFonts.Run run : fonts.runs(clean, font)) {
      cs.setFont(run.font(), size);
      cs.showText(run.text());
    }
    if (bold) {
      cs.setRenderingMode(RenderingMode.FILL);
    }
    cs.endText();
  }

  /** Draws text right-aligned so that it ends at {@code right}. */
  void textRight(String line, PDFont font, float size, Rgb color, float right, float baseline)
      throws IOException {
    text(
        line,
        font,
        size,
        color,
        right - fonts.width(TextFonts.singleLine(line), font, size),
        baseline);
  }

  /** Shortens {@code text} with an ellipsis so that it fits in {@code maxWidth}. */
  String fit(String text, PDFont font, float size, float maxWidth) {
    return fonts.fit(text, font, size, maxWidth);
  }

  // ---------------------------------------------------------------- wrapping

  /**
   * Breaks {@code text} into lines no wider than {@code maxWidth}: at spaces where possible, inside
   * a word only when the word alone is too wide (long ids, Chinese text without spaces). Line
   * breaks in the text are kept.
   */
  List<String> wrap(String text, PDFont font, float size, float maxWidth) {
    List<String> lines = new ArrayList<>();
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    for (String paragraph : normalized.split("\n", -1)) {
      wrapParagraph(TextFonts.singleLine(paragraph).strip(), font, size, maxWidth, lines);
    }
    return lines;
  }

  private void wrapParagraph(
      String paragraph, PDFont font, float size, float maxWidth, List<String> lines) {
    if (paragraph.isEmpty()) {
      lines.add("");
      return;
    }
    float spaceWidth = fonts.width(" ", font, size);
    StringBuilder line = new StringBuilder();
    float lineWidth = 0;
    for (String word : paragraph.split(" +")) {
      float wordWidth = fonts.width(word, font, size);
      float needed = line.length() == 0 ? wordWidth : lineWidth + spaceWidth + wordWidth;
      if (needed <= maxWidth) {
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(word);
        lineWidth = needed;
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
        lineWidth = 0;
      }
      if (wordWidth <= maxWidth) {
        line.append(word);
        lineWidth = wordWidth;
        continue;
      }
      // The word alone is too wide: cut it into pieces that fit.
      for (int i = 0; i < word.length(); ) {
        int cp = word.codePointAt(i);
        float w = fonts.width(cp, font, size);
        if (lineWidth + w > maxWidth && line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
          lineWidth = 0;
        }
        line.appendCodePoint(cp);
        lineWidth += w;
        i += Character.charCount(cp);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
  }

  /** A wrapped paragraph at the cursor, continuing on the next page when needed. */
  void paragraph(String text, PDFont font, float size, Rgb color, float x, float width)
      throws IOException {
    float leading = size * 1.4f;
    for (String line : wrap(text, font, size, width)) {
      ensureSpace(leading);
      y -= leading;
      text(line, font, size, color, x, y + size * 0.3f);
    }
  }

  // ---------------------------------------------------------------- tables

  static final float CELL_PAD_X = 5;
  static final float CELL_PAD_Y = 4;

  /**
   * Draws a table at the cursor. Rows that do not fit move to the next page, where the header is
   * repeated; a row taller than a whole page is split across pages.
   *
   * @param columns column definitions; their widths should add up to the content width
   * @param header whether to draw the header row (key/value blocks do not)
   * @param rows rows of cells, one per column
   * @param size font size of the cells
   * @param zebra shades every second row
   * @param padY space above and below the text of a row
   */
  void table(
      List<Column> columns,
      boolean header,
      List<List<Cell>> rows,
      float size,
      boolean zebra,
      float padY)
      throws IOException {
    float leading = size * 1.3f;
    float headerHeight = leading + 2 * padY;
    if (header) {
      ensureSpace(headerHeight + leading + 2 * padY);
      drawHeader(columns, size, headerHeight, padY);
    }
    int maxLinesPerPage =
        (int)
            Math.floor(
                (PAGE.getHeight() - MARGIN_TOP - MARGIN_BOTTOM - 80 - headerHeight - 2 * padY)
                    / leading);
    for (int r = 0; r < rows.size(); r++) {
      List<Cell> row = rows.get(r);
      List<List<String>> cellLines = new ArrayList<>();
      int lines = 1;
      for (int c = 0; c < columns.size(); c++) {
        Cell cell = row.get(c);
        List<String> wrapped =
            wrap(cell.text(), cell.font(), size, columns.get(c).width() - 2 * CELL_PAD_X);
        cellLines.add(wrapped);
        lines = Math.max(lines, wrapped.size());
      }
      int done = 0;
      while (done < lines) {
        int available = (int) Math.floor((spaceLeft() - 2 * padY) / leading);
        int left = lines - done;
        if (available < left && (left <= maxLinesPerPage || available < 1)) {
          newPage();
          if (header) {
            drawHeader(columns, size, headerHeight, padY);
          }
          continue;
        }
        int n = Math.min(available, left);
        float height = n * leading + 2 * padY;
        if (zebra && r % 2 == 1) {
          fill(MARGIN_X, y - height, CONTENT_WIDTH, height, ZEBRA);
        }
        float x = MARGIN_X;
        for (int c = 0; c < columns.size(); c++) {
          Column col = columns.get(c);
          Cell cell = row.get(c);
          List<String> wrapped = cellLines.get(c);
          for (int i = done; i < Math.min(done + n, wrapped.size()); i++) {
            float baseline = y - padY - (i - done + 1) * leading + leading * 0.28f;
            if (col.align() == Align.RIGHT) {
              textRight(
                  wrapped.get(i),
                  cell.font(),
                  size,
                  cell.color(),
                  x + col.width() - CELL_PAD_X,
                  baseline);
            } else {
              text(wrapped.get(i), cell.font(), size, cell.color(), x + CELL_PAD_X, baseline);
            }
          }
          x += col.width();
        }
        y -= height;
        hline(MARGIN_X, MARGIN_X + CONTENT_WIDTH, y, 0.4f, RULE);
        done += n;
        if (done < lines) {
          newPage();
          if (header) {
            drawHeader(columns, size, headerHeight, padY);
          }
        }
      }
    }
  }

  private void drawHeader(List<Column> columns, float size, float height, float padY)
      throws IOException {
    fill(MARGIN_X, y - height, CONTENT_WIDTH, height, NAVY);
    float x = MARGIN_X;
    float baseline = y - height + padY + size * 0.45f;
    for (Column col : columns) {
      String label = fit(col.header(), fonts.bold, size, col.width() - 2 * CELL_PAD_X);
      if (col.align() == Align.RIGHT) {
        textRight(label, fonts.bold, size, WHITE, x + col.width() - CELL_PAD_X, baseline);
      } else {
        text(label, fonts.bold, size, WHITE, x + CELL_PAD_X, baseline);
      }
      x += col.width();
    }
    y -= height;
  }
}
