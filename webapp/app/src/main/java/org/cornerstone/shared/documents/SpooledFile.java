package org.cornerstone.shared.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An uploaded file kept on disk, not in memory, until the form that took it is sent: {@link #spool}
 * copies the upload in small chunks into a temporary file and stops as soon as it passes the limit
 * (nothing of an oversized or empty file is kept), and the file is deleted once stored or when the
 * form goes away ({@link #delete}).
 */
public final class SpooledFile {
  /** The chunk the copy reads at a time: the only part of an upload held in memory. */
  public static final int CHUNK = 8 * 1024;

  public static final String TOO_LARGE = DocumentInspector.TOO_LARGE;
  public static final String EMPTY = DocumentInspector.EMPTY;

  private final Path path;
  private final long size;

  private SpooledFile(Path path, long size) {
    this.path = path;
    this.size = size;
  }

  /**
   * Copies {@code in} into a new file in {@code directory} (the system's temporary folder when
   * null), reading at most one byte more than {@code maxBytes}.
   *
   * @throws IOException with a sentence for the user (naming {@code fileName}) when the upload is
   *     empty or larger than {@code maxBytes}; the temporary file is gone then
   */
  public static SpooledFile spool(InputStream in, String fileName, long maxBytes, Path directory)
      throws IOException {
    String name = DocumentInspector.displayName(fileName);
    Path file =
        directory == null
            ? Files.createTempFile("cornerstone-upload-", ".part")
            : Files.createTempFile(directory, "cornerstone-upload-", ".part");
    long copied = 0;
    boolean kept = false;
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] chunk = new byte[CHUNK];
      int n;
      while ((n = in.read(chunk, 0, (int) Math.min(CHUNK, maxBytes + 1 - copied))) > 0) {
        out.write(chunk, 0, n);
        copied += n;
        if (copied > maxBytes) {
          throw new IOException(String.format(TOO_LARGE, name, maxBytes / (1024 * 1024)));
        }
      }
      if (copied == 0) {
        throw new IOException(String.format(EMPTY, name));
      }
      kept = true;
    } finally {
      if (!kept) {
        Files.deleteIfExists(file);
      }
    }
    return new SpooledFile(file, copied);
  }

  public Path path() {
    return path;
  }

  public long size() {
    return size;
  }

  /** The content as a stream (the caller closes it). */
  public InputStream open() throws IOException {
    return Files.newInputStream(path);
  }

  /** The whole content; for the one moment it is stored. */
  public byte[] bytes() {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("The uploaded file " + path + " is gone", e);
    }
  }

  /** The SHA-256 of the content, read as a stream. */
  public String sha256() {
    try (InputStream in = new DigestInputStream(open(), digest())) {
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes the temporary file; harmless when it is gone already. */
  public void delete() {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      path.toFile().deleteOnExit();
    }
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
