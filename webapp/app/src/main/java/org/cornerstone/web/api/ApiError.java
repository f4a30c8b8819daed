package org.cornerstone.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of every error answer, an RFC 9457 problem details object ({@code
 * application/problem+json}): {@code type} (a URI naming the kind of problem, {@code
 * urn:cornerstone:problem:<code>}), {@code title} (the kind in words), {@code status}, {@code
 * detail} (this occurrence in words) and {@code instance} (the path the client called). The
 * extension members keep what clients read before RFC 9457 was adopted (ADR 0015): the stable
 * machine-readable {@code code} ({@code bad_request}, {@code invalid_json}, {@code not_found},
 * ...), {@code message} (the same text as {@code detail}), the list of {@code problems} behind it,
 * and the problems that concern one field of the request ({@code fields}, empty when none does).
 *
 * <p>Build error responses with {@link ErrorMappers#error}, the one place that sets the media type;
 * {@link ProblemResponses} fills in {@code instance}.
 */
@Schema(
    name = "Problem",
    description =
        "RFC 9457 problem details, with Cornerstone's extension members code, message, problems"
            + " and fields.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(
    @Schema(
            description = "URI of the kind of problem: urn:cornerstone:problem:<code>",
            example = "urn:cornerstone:problem:not_found",
            required = true)
        String type,
    @Schema(description = "The kind of problem in words", example = "Not Found", required = true)
        String title,
    @Schema(description = "The HTTP status", example = "404", required = true) int status,
    @Schema(description = "This occurrence in words", required = true) String detail,
    @Schema(
            description = "The path the client called (absent when not known)",
            example = "/api/v1/assets/A-1")
        String instance,
    @Schema(description = "Stable machine-readable code", example = "not_found", required = true)
        String code,
    @Schema(
            description = "Same as detail (kept for clients written before RFC 9457)",
            required = true)
        String message,
    @Schema(description = "Every problem found, one sentence each", required = true)
        List<String> problems,
    @Schema(description = "The problems that concern one field of the request", required = true)
        List<FieldError> fields) {
  public static final String INVALID_JSON = "invalid_json";
  public static final String INVALID_INPUT = "invalid_input";

  /** {@code application/problem+json}, the media type of every error answer. */
  public static final String PROBLEM_JSON = "application/problem+json";

  public static final MediaType PROBLEM_JSON_TYPE = MediaType.valueOf(PROBLEM_JSON);

  /** The prefix of every problem {@code type}; the code follows. */
  public static final String TYPE_PREFIX = "urn:cornerstone:problem:";

  /** A problem with one field of the request body, form or query, named as the client sent it. */
  @Schema(name = "FieldProblem")
  public record FieldError(String field, String message) {}

  public ApiError {
    problems = List.copyOf(problems);
    fields = List.copyOf(fields);
  }

  /**
   * A problem from its status, code, message and problems: the type and title follow from the code
   * and the status, the detail is the message; no instance yet.
   */
  public ApiError(
      int status, String code, String message, List<String> problems, List<FieldError> fields) {
    this(
        TYPE_PREFIX + code,
        titleOf(status, code),
        status,
        message,
        null,
        code,
        message,
        problems,
        fields);
  }

  /** The problems of a refused request, with the code its status implies. */
  ApiError(int status, String message, List<String> problems) {
    this(status, codeOf(status), message, problems, List.of());
  }

  static ApiError of(int status, String message) {
    return new ApiError(status, message, List.of(message));
  }

  /** The same problem, occurring at {@code path}. */
  public ApiError at(String path) {
    return new ApiError(type, title, status, detail, path, code, message, problems, fields);
  }

  /** {@code not_found} for 404, {@code conflict} for 409, ... ({@code error_NNN} if unnamed). */
  static String codeOf(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    return known == null ? "error_" + status : known.name().toLowerCase(Locale.ROOT);
  }

  /** "Invalid JSON", "Invalid input", else the HTTP reason phrase ("Not Found"). */
  static String titleOf(int status, String code) {
    if (INVALID_JSON.equals(code)) {
      return "Invalid JSON";
    }
    if (INVALID_INPUT.equals(code)) {
      return "Invalid input";
    }
    Response.Status known = Response.Status.fromStatusCode(status);
    if (known != null) {
      return known.getReasonPhrase();
    }
    return switch (status) {
      case 422 -> "Unprocessable Content";
      case 429 -> "Too Many Requests";
      default -> "Error " + status;
    };
  }
}
