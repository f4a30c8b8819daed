package org.cornerstone.origination.application;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cornerstone.shared.documents.DocumentInspector;
import org.cornerstone.workflows.copyright.RoyaltyHistory;
import org.cornerstone.workflows.copyright.RoyaltyHistoryCsv;

/** A copyright's royalty history as uploaded: UTF-8 CSV, checked and parsed by line. */
final class RoyaltyHistories {
  static final String MEDIA_TYPE = "text/csv";
  static final String NOT_TEXT = "%s is not a UTF-8 text (CSV) file.";
  static final String PROBLEM_AT_LINE = "Royalty history, line %d: %s";

  private RoyaltyHistories() {}

  /** Problems with the upload itself (empty, too large, not text) and with every CSV line. */
  static List<String> uploadProblems(DocumentUpload upload, long maxBytes) {
    String name = DocumentInspector.displayName(upload.fileName());
    List<String> problems = new ArrayList<>();
    byte[] content = upload.content();
    if (content == null || content.length == 0) {
      problems.add(String.format(DocumentInspector.EMPTY, name));
    } else if (content.length > maxBytes) {
      problems.add(String.format(DocumentInspector.TOO_LARGE, name, maxBytes / (1024 * 1024)));
    } else if (text(content) == null) {
      problems.add(String.format(NOT_TEXT, name));
    }
    return problems;
  }

  /** Every malformed line, with its number; empty when the history can be valued. */
  static List<String> problems(byte[] content) {
    String csv = text(content);
    if (csv == null) {
      return List.of();
    }
    try {
      RoyaltyHistoryCsv.parse(csv);
      return List.of();
    } catch (RoyaltyHistoryCsv.MalformedRoyaltyHistoryException e) {
      return e.problems().stream()
          .map(
              p ->
                  p.line() > 0
                      ? String.format(PROBLEM_AT_LINE, p.line(), p.message())
                      : "Royalty history: " + p.message())
          .toList();
    } catch (IllegalArgumentException e) {
      return List.of("Royalty history: " + e.getMessage());
    }
  }

  static RoyaltyHistory parse(byte[] content) {
    String csv = text(content);
    if (csv == null) {
      throw new IllegalArgumentException("The royalty history is not UTF-8 text.");
    }
    return RoyaltyHistoryCsv.parse(csv);
  }

  private static String text(byte[] content) {
    if (content == null) {
      return null;
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      return text.indexOf('\0') >= 0 ? null : text;
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
