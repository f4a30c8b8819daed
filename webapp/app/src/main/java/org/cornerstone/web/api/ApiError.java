package org.cornerstone.web.api;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * The body of every error answer: the HTTP status, a stable machine-readable code ({@code
 * bad_request}, {@code invalid_json}, {@code not_found}, {@code conflict}, ...), one message, the
 * list of problems behind it, and the problems that concern one field of the request ({@code
 * fields}, empty when none does).
 */
public record ApiError(
    int status, String code, String message, List<String> problems, List<FieldError> fields) {
  public static final String INVALID_JSON = "invalid_json";
  public static final String INVALID_INPUT = "invalid_input";

  /** A problem with one field of the request body or form, named as the client sent it. */
  public record FieldError(String field, String message) {}

  public ApiError {
    problems = List.copyOf(problems);
    fields = List.copyOf(fields);
  }

  /** The problems of a refused request, with the code its status implies. */
  ApiError(int status, String message, List<String> problems) {
    this(status, codeOf(status), message, problems, List.of());
  }

  static ApiError of(int status, String message) {
    return new ApiError(status, message, List.of(message));
  }

  /** {@code not_found} for 404, {@code conflict} for 409, ... ({@code error_NNN} if unnamed). */
  static String codeOf(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    return known == null ? "error_" + status : known.name().toLowerCase(Locale.ROOT);
  }
}
