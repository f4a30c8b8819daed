package org.cornerstone.web.api;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
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
        form.files.add(new File<>(part.getFileName().get(), type, read(part, maxFileBytes)));
      } else {
        form.fields.put(part.getName(), part.getContent(String.class));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return form;
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
