package org.cornerstone.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

public class DocumentInspectorTest {
  public static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
  public static final byte[] JPEG = {
    (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F'
  };
  private final DocumentInspector inspector = new DocumentInspector();

  private record Upload(String fileName, byte[] content) implements FileUpload {}

  private static FileUpload upload(String name, byte[] content) {
    return new Upload(name, content);
  }

  @Test
  void acceptsPdfPngAndJpegByContent() {
    assertThat(inspector.problems(upload("a.pdf", PDF), 1000)).isEmpty();
    assertThat(inspector.problems(upload("scan.png", PNG), 1000)).isEmpty();
    assertThat(inspector.problems(upload("photo.jpg", JPEG), 1000)).isEmpty();
    assertThat(inspector.detect(PNG)).isEqualTo("image/png");
  }

  @Test
  void refusesWhatTheNameDoesNotMakeTrue() {
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    assertThat(inspector.problems(upload("deed.pdf", html), 1000))
        .singleElement()
        .asString()
        .startsWith("deed.pdf is not a PDF, PNG or JPEG file");
  }

  @Test
  void refusesEmptyAndOversizedFiles() {
    assertThat(inspector.problems(upload("empty.pdf", new byte[0]), 1000))
        .containsExactly("empty.pdf is empty (0 bytes).");
    byte[] big = new byte[3 * 1024 * 1024];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    assertThat(inspector.problems(upload("big.pdf", big), 2 * 1024 * 1024))
        .containsExactly("big.pdf is larger than the limit of 2 MiB.");
  }

  @Test
  void displayNamesNeverCarryPaths() {
    assertThat(DocumentInspector.displayName("C:\\Users\\x\\deed.pdf")).isEqualTo("deed.pdf");
    assertThat(DocumentInspector.displayName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(DocumentInspector.displayName(" ")).isEqualTo("The document");
  }
}
