package org.cornerstone.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JSON bodies are read strictly and every refusal has the API's one error shape. */
class StrictJsonReaderTest {
  private final StrictJsonReader reader = new StrictJsonReader();

  @Test
  void readsAWellFormedDecision() throws IOException {
    var decision =
        (ReviewTaskResource.Decision)
            read(
                ReviewTaskResource.Decision.class, "{\"decision\":\"APPROVE\",\"comment\":\"ok\"}");
    assertThat(decision.decision()).isEqualTo("APPROVE");
    assertThat(decision.comment()).isEqualTo("ok");
    assertThat(read(ReviewTaskResource.Decision.class, "{\"approved\":true}"))
        .isEqualTo(new ReviewTaskResource.Decision(null, true, null, null, null, null));
  }

  @Test
  void anEmptyBodyIsNullForTheResourceToExplain() throws IOException {
    assertThat(read(ReviewTaskResource.Decision.class, "")).isNull();
    assertThat(read(ReviewTaskResource.Decision.class, "  \n")).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // no coercion: 1 is not true, and 0 is not false
        "{\"approved\": 1}|approved|Field 'approved' must be true or false.",
        "{\"approved\": 0}|approved|Field 'approved' must be true or false.",
        "{\"approved\": \"true\"}|approved|Field 'approved' must be true or false.",
        "{\"decision\": 5}|decision|Field 'decision' must be a string (in quotes).",
        "{\"decision\": true}|decision|Field 'decision' must be a string (in quotes).",
        "{\"decision\": 1.5}|decision|Field 'decision' must be a string (in quotes).",
        "{\"decision\": {\"a\": 1}}|decision|Field 'decision' must be a string (in quotes).",
        "{\"appraisedValue\": 95000000}|appraisedValue|"
            + "Field 'appraisedValue' must be a string (in quotes).",
        "{\"decision\":\"APPROVE\",\"decision\":\"REJECT\"}|decision|"
            + "Field 'decision' appears more than once."
      })
  void refusesWrongTypesAndDuplicateKeysNamingTheField(String body, String field, String message) {
    ApiError error = refused(ReviewTaskResource.Decision.class, body);
    assertThat(error.status()).isEqualTo(400);
    assertThat(error.code()).isEqualTo(ApiError.INVALID_JSON);
    assertThat(error.message()).isEqualTo(message);
    assertThat(error.problems()).containsExactly(message);
    assertThat(error.fields()).containsExactly(new ApiError.FieldError(field, message));
  }

  @Test
  void refusesAnUnknownFieldNamingItAndTheKnownOnes() {
    ApiError error =
        refused(ReviewTaskResource.Decision.class, "{\"decision\":\"APPROVE\",\"aproved\":true}");
    assertThat(error.fields()).extracting(ApiError.FieldError::field).containsExactly("aproved");
    assertThat(error.message())
        .startsWith("Unknown field 'aproved'.")
        .contains("appraisedValue, approved, comment, decision");
  }

  @Test
  void aPasswordSentAsANumberCreatesNoAccount() {
    ApiError error =
        refused(
            InvestorResource.Registration.class,
            "{\"username\":\"mallory\",\"displayName\":\"M\",\"password\":12345678,"
                + "\"legalName\":\"M\"}");
    assertThat(error.fields()).extracting(ApiError.FieldError::field).containsExactly("password");
  }

  @Test
  void refusesTrailingGarbageAndBrokenJson() {
    ApiError trailing =
        refused(ReviewTaskResource.Decision.class, "{\"decision\":\"APPROVE\"} {\"x\":1}");
    assertThat(trailing.message()).isEqualTo(StrictJsonReader.TRAILING);
    assertThat(
            refused(ReviewTaskResource.Decision.class, "{\"decision\":\"APPROVE\"} garbage").code())
        .isEqualTo(ApiError.INVALID_JSON);
    ApiError broken = refused(ReviewTaskResource.Decision.class, "{\"decision\": \"APPROVE\"");
    assertThat(broken.message()).startsWith("The body is not valid JSON (line 1");
    assertThat(broken.fields()).isEmpty();
    ApiError array = refused(ReviewTaskResource.Decision.class, "[1, 2]");
    assertThat(array.message()).isEqualTo("The body must be a JSON object.");
  }

  @Test
  void theRefusalPassesThroughTheMappersUnchanged() {
    BadRequestException e = assertThrows(ReviewTaskResource.Decision.class, "{\"approved\": 1}");
    Response direct = new ErrorMappers.WebApplication().toResponse(e);
    Response wrapped = new ErrorMappers.Unexpected().toResponse(new RuntimeException(e));
    Response reader =
        new ErrorMappers.Reader().toResponse(new org.jboss.resteasy.spi.ReaderException(e));
    for (Response response : List.of(direct, wrapped, reader)) {
      assertThat(response.getStatus()).isEqualTo(400);
      assertThat(response.getMediaType()).isEqualTo(ApiError.PROBLEM_JSON_TYPE);
      assertThat(((ApiError) response.getEntity()).fields())
          .extracting(ApiError.FieldError::field)
          .containsExactly("approved");
    }
  }

  @Test
  void everyErrorHasTheSameShapeWithACode() {
    assertThat(body(new ErrorMappers.Validation().toResponse(new ValidationException("x"))))
        .isEqualTo(
            new ApiError(
                400, "invalid_input", "The request has problems.", List.of("x"), List.of()));
    assertThat(body(new ErrorMappers.NotFound().toResponse(new NotFoundException("gone"))).code())
        .isEqualTo("not_found");
    assertThat(body(new ErrorMappers.Conflict().toResponse(new ConflictException("c"))).code())
        .isEqualTo("conflict");
    ApiError unknownPath =
        body(new ErrorMappers.WebApplication().toResponse(new jakarta.ws.rs.NotFoundException()));
    assertThat(unknownPath).isEqualTo(ApiError.of(404, ErrorMappers.NO_SUCH_RESOURCE));
    assertThat(unknownPath.code()).isEqualTo("not_found");
    // a body RESTEasy could not read (e.g. a broken multipart body) is a 400 in the same shape
    ApiError unreadable =
        body(
            new ErrorMappers.Reader()
                .toResponse(
                    new org.jboss.resteasy.spi.ReaderException(
                        new IOException("Missing boundary"))));
    assertThat(unreadable.status()).isEqualTo(400);
    assertThat(unreadable.message()).contains("Missing boundary");
    // a request larger than the server takes, as Undertow reports it, is a 413 in that shape
    Response tooBig =
        new ErrorMappers.Unexpected()
            .toResponse(new RuntimeException(new io.undertow.server.RequestTooBigException()));
    assertThat(tooBig.getStatus()).isEqualTo(413);
    assertThat(body(tooBig).message()).isEqualTo(ErrorMappers.TOO_LARGE);
  }

  private static ApiError body(Response response) {
    return (ApiError) response.getEntity();
  }

  private Object read(Class<?> type, String json) throws IOException {
    @SuppressWarnings("unchecked")
    Class<Object> raw = (Class<Object>) type;
    assertThat(reader.isReadable(raw, raw, new Annotation[0], MediaType.APPLICATION_JSON_TYPE))
        .isTrue();
    return reader.readFrom(
        raw,
        raw,
        new Annotation[0],
        MediaType.APPLICATION_JSON_TYPE,
        new MultivaluedHashMap<>(),
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private BadRequestException assertThrows(Class<?> type, String json) {
    return org.junit.jupiter.api.Assertions.assertThrows(
        BadRequestException.class, () -> read(type, json));
  }

  private ApiError refused(Class<?> type, String json) {
    assertThatThrownBy(() -> read(type, json)).isInstanceOf(BadRequestException.class);
    return StrictJsonReader.errorOf(assertThrows(type, json));
  }
}
