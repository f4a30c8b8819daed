package org.cornerstone.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cornerstone.origination.application.DocumentUpload;
import org.cornerstone.origination.domain.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20: uploads are streamed to disk under the limit, never held whole in memory. */
class SpooledFileTest {
  private static final long MIB = 1024 * 1024;

  @TempDir Path dir;

  /** An upload of {@code size} bytes made up on the fly: it never exists as one array. */
  static final class Generated extends InputStream {
    private final long size;
    long served;
    int largestRead;

    Generated(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      return served < size ? (int) (served++ % 251) : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      largestRead = Math.max(largestRead, len);
      if (served >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - served);
      for (int i = 0; i < n; i++) {
        b[off + i] = (byte) (served++ % 251);
      }
      return n;
    }
  }

  private long filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }

  @Test
  void stopsAtTheLimitInSmallChunksAndKeepsNothing() throws IOException {
    Generated huge = new Generated(1024 * MIB); // 1 GiB offered, 64 MiB allowed
    assertThatThrownBy(() -> SpooledFile.spool(huge, "huge.pdf", 64 * MIB, dir))
        .isInstanceOf(IOException.class)
        .hasMessage("huge.pdf is larger than the limit of 64 MiB.");
    assertThat(huge.served).isEqualTo(64 * MIB + 1); // not one byte more than needed to know
    assertThat(huge.largestRead).isLessThanOrEqualTo(SpooledFile.CHUNK);
    assertThat(filesIn(dir)).isZero();
  }

  @Test
  void anEmptyFileIsRefusedAndLeavesNoFile() throws IOException {
    assertThatThrownBy(() -> SpooledFile.spool(new Generated(0), "empty.pdf", MIB, dir))
        .hasMessage("empty.pdf is empty (0 bytes).");
    assertThat(filesIn(dir)).isZero();
  }

  @Test
  void aFileAtTheLimitIsKeptOnDiskUntilDeleted() throws IOException {
    Generated exact = new Generated(3 * MIB);
    SpooledFile file = SpooledFile.spool(exact, "exact.pdf", 3 * MIB, dir);
    assertThat(file.size()).isEqualTo(3 * MIB);
    assertThat(Files.size(file.path())).isEqualTo(3 * MIB);
    assertThat(exact.largestRead).isLessThanOrEqualTo(SpooledFile.CHUNK);
    byte[] expected = new Generated(3 * MIB).readAllBytes();
    assertThat(file.sha256()).isEqualTo(Fingerprint.sha256(expected));
    assertThat(file.bytes()).isEqualTo(expected);
    file.delete();
    assertThat(filesIn(dir)).isZero();
    file.delete(); // twice is harmless
  }

  @Test
  void aSpooledDocumentIsInspectedFromItsFile() throws IOException {
    byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes();
    SpooledFile file = SpooledFile.spool(new java.io.ByteArrayInputStream(pdf), "d.pdf", MIB, dir);
    DocumentUpload upload = new DocumentUpload("d.pdf", DocumentType.TITLE_DEED, file);
    DocumentInspector inspector = new DocumentInspector();
    assertThat(upload.size()).isEqualTo(pdf.length);
    assertThat(inspector.detect(upload)).isEqualTo("application/pdf");
    assertThat(inspector.problems(upload, MIB)).isEmpty();
    assertThat(inspector.problems(upload, 10))
        .containsExactly("d.pdf is larger than the limit of 0 MiB.");
    assertThat(upload.sha256()).isEqualTo(Fingerprint.sha256(pdf));
    assertThat(upload.content()).isEqualTo(pdf);
    file.delete();
    assertThat(filesIn(dir)).isZero();
  }
}
