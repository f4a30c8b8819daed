package org.cornerstone.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/**
 * Uploads are judged by their content (Tika's magic bytes), and the name must agree with it (issue
 * 16): a renamed program or text file is refused with a sentence saying what it really is.
 */
class UploadContentTest {
  private final DocumentInspector inspector = new DocumentInspector();

  private record Upload(String fileName, byte[] content) implements FileUpload {}

  /** A Windows program's first bytes: "MZ", the DOS stub, then the PE header further on. */
  static byte[] windowsProgram() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3c] = (byte) 0x80;
    exe[0x80] = 'P';
    exe[0x81] = 'E';
    return exe;
  }

  static byte[] realPdf() throws IOException {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage());
      document.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void aRealPdfIsAccepted() throws IOException {
    byte[] pdf = realPdf();
    assertThat(inspector.detect(pdf)).isEqualTo("application/pdf");
    assertThat(inspector.problems(new Upload("title-deed.pdf", pdf), 1 << 20)).isEmpty();
    assertThat(inspector.problems(new Upload("TITLE-DEED.PDF", pdf), 1 << 20)).isEmpty();
  }

  @Test
  void aProgramRenamedToPdfIsRefusedByItsContent() {
    assertThat(inspector.problems(new Upload("deed.pdf", windowsProgram()), 1 << 20))
        .singleElement()
        .asString()
        .startsWith("deed.pdf is not a PDF, PNG or JPEG file (its content is application/")
        .doesNotContain("application/pdf)");
  }

  @Test
  void aTextFileRenamedToAnImageIsRefused() {
    byte[] text = "just some notes\nnot a picture\n".getBytes(StandardCharsets.UTF_8);
    assertThat(inspector.problems(new Upload("scan.png", text), 1 << 20))
        .containsExactly("scan.png is not a PDF, PNG or JPEG file (its content is text/plain).");
  }

  @Test
  void anAcceptedTypeUnderTheWrongExtensionIsRefused() throws IOException {
    assertThat(inspector.problems(new Upload("deed.png", realPdf()), 1 << 20))
        .containsExactly(
            "deed.png is named as a PNG file but its content is application/pdf: the name and the"
                + " content must agree (.pdf for PDF, .png for PNG, .jpg or .jpeg for JPEG).");
    assertThat(inspector.problems(new Upload("photo.pdf", DocumentInspectorTest.JPEG), 1 << 20))
        .singleElement()
        .asString()
        .startsWith("photo.pdf is named as a PDF file but its content is image/jpeg");
  }

  @Test
  void aPdfUnderAProgramsNameIsRefused() throws IOException {
    assertThat(inspector.problems(new Upload("setup.exe", realPdf()), 1 << 20))
        .containsExactly(
            "setup.exe has no .pdf, .png, .jpg or .jpeg extension (its content is application/pdf).");
    assertThat(inspector.problems(new Upload("deed", realPdf()), 1 << 20))
        .containsExactly(
            "deed has no .pdf, .png, .jpg or .jpeg extension (its content is application/pdf).");
  }
}
