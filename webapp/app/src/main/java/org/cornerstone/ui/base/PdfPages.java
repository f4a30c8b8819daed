package org.cornerstone.ui.base;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders PDF pages to PNG on the server (Apache PDFBox), so that a reviewer sees a document in the
 * page in any browser, without a PDF plug-in and without running the file's scripts.
 */
public final class PdfPages {
  /** Pages shown in the page; the rest are in the download. */
  public static final int MAX_PAGES = 5;

  private static final float DPI = 96f;

  private PdfPages() {}

  /** How many pages the document has; 0 when it cannot be read as a PDF. */
  public static int count(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      return 0;
    }
  }

  /** One page (0-based) as a PNG image. */
  public static byte[] png(byte[] pdf, int page) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, DPI);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render page " + (page + 1) + " of the PDF", e);
    }
  }
}
