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

  /**
   * At most this many pixels per rendered page (about 2000 x 2000, 16 MB as ARGB): a page declared
   * huge (a hostile PDF may say 14400 x 14400 points, 1.5 GB at 96 DPI) is rendered smaller instead
   * of exhausting memory.
   */
  public static final long MAX_PIXELS = 4_000_000L;

  /** At most this many pixels on either side, however thin the page. */
  public static final int MAX_SIDE = 4000;

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
    if (page < 0 || page >= MAX_PAGES) {
      throw new IllegalArgumentException("Only the first " + MAX_PAGES + " pages are previewed.");
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      var box = document.getPage(page).getCropBox();
      boolean turned = document.getPage(page).getRotation() % 180 != 0;
      float width = turned ? box.getHeight() : box.getWidth();
      float height = turned ? box.getWidth() : box.getHeight();
      BufferedImage image = new PDFRenderer(document).renderImage(page, scale(width, height));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render page " + (page + 1) + " of the PDF", e);
    }
  }

  /** The scale (1 = 72 DPI) for a page of this size in points: 96 DPI unless that is too large. */
  static float scale(float widthPoints, float heightPoints) {
    double w = Math.max(1, Math.abs(widthPoints));
    double h = Math.max(1, Math.abs(heightPoints));
    double scale = DPI / 72.0;
    scale = Math.min(scale, Math.sqrt(MAX_PIXELS / (w * h)));
    scale = Math.min(scale, MAX_SIDE / Math.max(w, h));
    return (float) scale;
  }
}
