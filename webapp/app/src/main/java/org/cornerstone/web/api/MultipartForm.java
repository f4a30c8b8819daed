package org.cornerstone.web.api;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cornerstone.shared.ValidationException;

/**
 * A multipart form as the API reads it: text fields by name, and files whose part name is their
 * document type (an enum constant). An unknown type is reported with every other problem at once.
 */
final class MultipartForm<T extends Enum<T>> {
  static final String UNKNOWN_PART = "Unknown form field '%s': name files after their type, %s.";
  static final String NOT_TEXT =
      "Form field '%s' is not valid %s text; send text fields as UTF-8 (or name their charset).";
  static final String UNKNOWN_CHARSET = "Form field '%s' names an unknown charset '%s'.";
  static final String FIELD_TOO_LONG = "Form field '%s' is longer than %d KiB.";
  static final int MAX_FIELD_BYTES = 64 * 1024;
  private static final java.util.regex.Pattern EXTENDED_FILENAME =
      java.util.regex.Pattern.compile(
          "filename\\*\\s*=\\s*([A-Za-z0-9._-]+)'[^']*'([^;\\s]+)",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /** A file part: its client-supplied name, its type, and at most the size limit plus one byte. */
  record File<T>(String fileName, T type, byte[] content) {}

  private final Map<String, String> fields = new HashMap<>();
  private final List<File<T>> files = new ArrayList<>();

  private MultipartForm() {}

  static <T extends Enum<T>> MultipartForm<T> read(
      List<EntityPart> parts, Class<T> types, long maxFileBytes) throws IOException {
    MultipartForm<T> form = new MultipartForm<>();
    List<String> problems = new ArrayList<>();
    for (EntityPart part : parts) {
      if (part.getFileName().isPresent()) {
        T type = null;
        try {
          type = Enum.valueOf(types, part.getName());
        } catch (IllegalArgumentException | NullPointerException e) {
          problems.add(
              String.format(
                  UNKNOWN_PART,
                  part.getName(),
                  java.util.Arrays.toString(types.getEnumConstants())));
        }
        form.files.add(new File<>(fileName(part), type, read(part, maxFileBytes)));
      } else {
        String text = text(part, problems);
        if (text != null) {
          form.fields.put(part.getName(), text);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return form;
  }

  /**
   * A text field's value: its bytes decoded in the charset the part declares, UTF-8 when it
   * declares none (curl {@code -F}, Python's requests and browsers send none), never replacing what
   * cannot be decoded: such a field is a problem that names it.
   */
  static String text(EntityPart part, List<String> problems) throws IOException {
    // The part's own header, not getMediaType(): parsers fill in RFC 2046's US-ASCII default.
    String contentType = part.getHeaders().getFirst("Content-Type");
    String declared = null;
    if (contentType != null && !contentType.isBlank()) {
      try {
        declared = jakarta.ws.rs.core.MediaType.valueOf(contentType).getParameters().get("charset");
      } catch (IllegalArgumentException e) {
        declared = null;
      }
    }
    Charset charset;
    try {
      charset = declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared.strip());
    } catch (IllegalArgumentException e) {
      problems.add(String.format(UNKNOWN_CHARSET, part.getName(), declared));
      return null;
    }
    byte[] bytes;
    try (InputStream in = part.getContent()) {
      bytes = in.readNBytes(MAX_FIELD_BYTES + 1);
    }
    if (bytes.length > MAX_FIELD_BYTES) {
      problems.add(String.format(FIELD_TOO_LONG, part.getName(), MAX_FIELD_BYTES / 1024));
      return null;
    }
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      problems.add(String.format(NOT_TEXT, part.getName(), charset.name()));
      return null;
    }
  }

  /**
   * The file name as the client wrote it. RFC 5987's {@code filename*=UTF-8''...} wins; a plain
   * {@code filename="产权证.pdf"} sent as UTF-8 bytes (as browsers and curl do) but read by the
   * multipart parser as ISO-8859-1 is put back together.
   */
  static String fileName(EntityPart part) {
    String disposition = part.getHeaders().getFirst("Content-Disposition");
    String extended = extendedFileName(disposition);
    if (extended != null) {
      return extended;
    }
    return repairedUtf8(part.getFileName().orElse(""));
  }

  static String extendedFileName(String disposition) {
    if (disposition == null) {
      return null;
    }
    var matcher = EXTENDED_FILENAME.matcher(disposition);
    if (!matcher.find()) {
      return null;
    }
    try {
      Charset charset = Charset.forName(matcher.group(1));
      return java.net.URLDecoder.decode(matcher.group(2).replace("+", "%2B"), charset);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Text whose UTF-8 bytes were read one byte per character, decoded again; else unchanged. */
  static String repairedUtf8(String text) {
    boolean high = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 0xFF) {
        return text;
      }
      high |= c >= 0x80;
    }
    if (!high) {
      return text;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1)))
          .toString();
    } catch (CharacterCodingException e) {
      return text;
    }
  }

  String field(String name) {
    return fields.get(name);
  }

  String field(String name, String otherwise) {
    return fields.getOrDefault(name, otherwise);
  }

  List<File<T>> files() {
    return List.copyOf(files);
  }

  /**
   * Reads at most one byte more than the limit, so an oversized file is refused without being kept.
   */
  private static byte[] read(EntityPart part, long limit) throws IOException {
    try (InputStream in = part.getContent()) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    }
  }
}
