package org.cornerstone.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.ValidationException;
import org.junit.jupiter.api.Test;

/** Every error the mappers build is an RFC 9457 problem that keeps the older members. */
class ProblemDetailsTest {
  private final ObjectMapper json = new JsonConfiguration().getContext(Object.class);

  @Test
  void aProblemHasTheRfcMembersAndTheOlderOnes() throws Exception {
    ApiError problem =
        new ApiError(
                400,
                ApiError.INVALID_JSON,
                "Field 'approved' must be true or false.",
                List.of("Field 'approved' must be true or false."),
                List.of(new ApiError.FieldError("approved", "must be true or false")))
            .at("/api/v1/tasks/t-1/decision");
    JsonNode body = json.readTree(json.writeValueAsString(problem));
    assertThat(body.get("type").asText()).isEqualTo("urn:cornerstone:problem:invalid_json");
    assertThat(body.get("title").asText()).isEqualTo("Invalid JSON");
    assertThat(body.get("status").asInt()).isEqualTo(400);
    assertThat(body.get("detail").asText()).isEqualTo("Field 'approved' must be true or false.");
    assertThat(body.get("instance").asText()).isEqualTo("/api/v1/tasks/t-1/decision");
    assertThat(body.get("code").asText()).isEqualTo("invalid_json");
    assertThat(body.get("message").asText()).isEqualTo(body.get("detail").asText());
    assertThat(body.get("problems")).hasSize(1);
    assertThat(body.get("fields").get(0).get("field").asText()).isEqualTo("approved");
    // without a known instance the member is left out, not null
    assertThat(json.readTree(json.writeValueAsString(ApiError.of(404, "gone"))).has("instance"))
        .isFalse();
  }

  @Test
  void theTitleIsTheKindOfProblem() {
    assertThat(ApiError.of(404, "x").title()).isEqualTo("Not Found");
    assertThat(ApiError.of(409, "x").title()).isEqualTo("Conflict");
    assertThat(ApiError.of(429, "x").title()).isEqualTo("Too Many Requests");
    assertThat(ApiError.of(422, "x").title()).isEqualTo("Unprocessable Content");
    assertThat(new ApiError(400, ApiError.INVALID_INPUT, "m", List.of(), List.of()).title())
        .isEqualTo("Invalid input");
    assertThat(ApiError.of(404, "x").type()).isEqualTo("urn:cornerstone:problem:not_found");
  }

  @Test
  void everyMapperAnswersAProblem() {
    assertProblem(
        new ErrorMappers.Validation().toResponse(new ValidationException("x")),
        400,
        "invalid_input");
    assertProblem(
        new ErrorMappers.AccessDenied().toResponse(new AccessDeniedException("no")),
        403,
        "forbidden");
    assertProblem(
        new ErrorMappers.NotFound()
            .toResponse(new org.cornerstone.shared.NotFoundException("gone")),
        404,
        "not_found");
    assertProblem(
        new ErrorMappers.Conflict().toResponse(new ConflictException("taken")), 409, "conflict");
    assertProblem(
        new ErrorMappers.Ledger()
            .toResponse(new org.cornerstone.ledgergateway.LedgerException("down")),
        502,
        "bad_gateway");
    assertProblem(
        new ErrorMappers.WebApplication().toResponse(new NotFoundException()), 404, "not_found");
    assertProblem(
        new ErrorMappers.WebApplication().toResponse(new NotSupportedException()),
        415,
        "unsupported_media_type");
    assertProblem(
        new ErrorMappers.Unexpected().toResponse(new IllegalStateException("boom")),
        500,
        "internal_server_error");
    assertProblem(
        new ErrorMappers.Unexpected()
            .toResponse(new RuntimeException(new io.undertow.server.RequestTooBigException())),
        413,
        "request_entity_too_large");
    assertProblem(
        new ErrorMappers.Unexpected()
            .toResponse(new RuntimeException(new jakarta.persistence.OptimisticLockException())),
        409,
        "conflict");
  }

  @Test
  void theHeadersOfTheRefusalAreKept() {
    Response notAllowed =
        new ErrorMappers.WebApplication()
            .toResponse(new NotAllowedException("GET", new String[] {"POST"}));
    assertProblem(notAllowed, 405, "method_not_allowed");
    assertThat(notAllowed.getHeaderString(HttpHeaders.ALLOW)).contains("GET").contains("POST");
    Response signIn =
        new ErrorMappers.WebApplication()
            .toResponse(new NotAuthorizedException("Basic realm=\"cornerstone\""));
    assertProblem(signIn, 401, "unauthorized");
    assertThat(signIn.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
  }

  private static void assertProblem(Response response, int status, String code) {
    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(response.getMediaType()).isEqualTo(ApiError.PROBLEM_JSON_TYPE);
    ApiError problem = (ApiError) response.getEntity();
    assertThat(problem.status()).isEqualTo(status);
    assertThat(problem.code()).isEqualTo(code);
    assertThat(problem.type()).isEqualTo(ApiError.TYPE_PREFIX + code);
    assertThat(problem.title()).isNotBlank();
    assertThat(problem.detail()).isNotBlank().isEqualTo(problem.message());
    assertThat(problem.problems()).isNotEmpty();
  }
}
