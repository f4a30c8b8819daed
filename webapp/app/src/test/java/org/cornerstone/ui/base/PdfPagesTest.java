package org.cornerstone.ui.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** A hostile PDF cannot make the preview exhaust memory. */
class PdfPagesTest {
  @Test
  void anA4PageRendersAt96Dpi() throws Exception {
    BufferedImage image = image(PdfPages.png(pdf(PDRectangle.A4, 1), 0));
    assertThat(image.getWidth()).isBetween(793, 794); // 595 points at 96 DPI
  }

  @Test
  void aHugePageIsRenderedWithinTheBound() throws Exception {
    // 14400 x 14400 points, the largest page PDF allows: 19200 x 19200 pixels (1.5 GB) at 96 DPI
    BufferedImage image = image(PdfPages.png(pdf(new PDRectangle(14400, 14400), 1), 0));
    assertThat((long) image.getWidth() * image.getHeight())
        .isLessThanOrEqualTo(PdfPages.MAX_PIXELS);
    assertThat(image.getWidth()).isGreaterThan(1000);
  }

  @Test
  void aVeryThinPageIsBoundedOnItsLongSide() throws Exception {
    BufferedImage image = image(PdfPages.png(pdf(new PDRectangle(14400, 10), 1), 0));
    assertThat(image.getWidth()).isLessThanOrEqualTo(PdfPages.MAX_SIDE);
  }

  @Test
  void onlyTheFirstPagesArePreviewed() throws Exception {
    byte[] many = pdf(PDRectangle.A4, PdfPages.MAX_PAGES + 3);
    assertThat(PdfPages.count(many)).isEqualTo(PdfPages.MAX_PAGES + 3);
    assertThatThrownBy(() -> PdfPages.png(many, PdfPages.MAX_PAGES))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] pdf(PDRectangle size, int pages) throws Exception {
    try (PDDocument document = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        document.addPage(new PDPage(size));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private static BufferedImage image(byte[] png) throws Exception {
    return ImageIO.read(new ByteArrayInputStream(png));
  }
}
