package org.cornerstone.shared.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * Decides what an uploaded file really is from its bytes (Apache Tika's magic detection), so that
 * an HTML page renamed to {@code deed.pdf} is refused.
 */
@ApplicationScoped
public class DocumentInspector {
  public static final Set<String> ACCEPTED_TYPES =
      Set.of("application/pdf", "image/png", "image/jpeg");
  public static final String EMPTY = "%s is empty (0 bytes).";
  public static final String TOO_LARGE = "%s is larger than the limit of %d MiB.";
  public static final String WRONG_TYPE = "%s is not a PDF, PNG or JPEG file (its content is %s).";
  public static final String NO_NAME = "A document has no file name.";
  public static final String WRONG_EXTENSION =
      "%s is named as a %s file but its content is %s: the name and the content must agree"
          + " (.pdf for PDF, .png for PNG, .jpg or .jpeg for JPEG).";
  public static final String NO_EXTENSION =
      "%s has no .pdf, .png, .jpg or .jpeg extension (its content is %s).";

  /** The media type each accepted file name extension declares. */
  static final java.util.Map<String, String> EXTENSIONS =
      java.util.Map.of(
          "pdf", "application/pdf",
          "png", "image/png",
          "jpg", "image/jpeg",
          "jpeg", "image/jpeg");

  private final Tika tika = new Tika();

  /** The media type detected from the content alone. */
  public String detect(byte[] content) {
    return tika.detect(content);
  }

  /**
   * The media type detected from the content alone, read as a stream (only the first bytes are
   * looked at; an upload kept on disk is not loaded).
   */
  public String detect(FileUpload upload) {
    if (upload.spooled() == null) {
      return detect(upload.content());
    }
    try (InputStream in = new BufferedInputStream(upload.openStream())) {
      return tika.detect(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every problem with one upload; empty when it is acceptable. */
  public List<String> problems(FileUpload upload, long maxBytes) {
    List<String> problems = new ArrayList<>();
    String name = displayName(upload.fileName());
    if (upload.fileName() == null || upload.fileName().isBlank()) {
      problems.add(NO_NAME);
    }
    long size = upload.spooled() != null || upload.content() != null ? upload.size() : 0;
    if (size == 0) {
      problems.add(String.format(EMPTY, name));
      return problems;
    }
    if (size > maxBytes) {
      problems.add(String.format(TOO_LARGE, name, maxBytes / (1024 * 1024)));
      return problems;
    }
    String detected = detect(upload);
    if (!ACCEPTED_TYPES.contains(detected)) {
      problems.add(String.format(WRONG_TYPE, name, detected));
      return problems;
    }
    if (upload.fileName() != null && !upload.fileName().isBlank()) {
      String extension = extension(name);
      String declared = EXTENSIONS.get(extension);
      if (declared == null) {
        problems.add(String.format(NO_EXTENSION, name, detected));
      } else if (!declared.equals(detected)) {
        problems.add(
            String.format(
                WRONG_EXTENSION, name, extension.toUpperCase(java.util.Locale.ROOT), detected));
      }
    }
    return problems;
  }

  /** The lower-case extension of a file name (after the last dot), or "" when it has none. */
  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 || dot == name.length() - 1
        ? ""
        : name.substring(dot + 1).strip().toLowerCase(java.util.Locale.ROOT);
  }

  /** The last path segment of a client-supplied name, shortened; never a path. */
  public static String displayName(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      return "The document";
    }
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).strip();
    return name.length() > 200 ? name.substring(0, 200) : name;
  }
}
