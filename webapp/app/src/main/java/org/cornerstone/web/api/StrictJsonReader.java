package org.cornerstone.web.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads every JSON request body of the API strictly: an unknown field, a value of the wrong JSON
 * type (a number for a boolean or a string, a string for a number), a duplicated key, or anything
 * after the value is refused with a 400 {@link ApiError} that names the field. Nothing is coerced:
 * {@code {"approved": 1}} is not an approval. An empty body reads as {@code null}, for the resource
 * to say what it expects.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {
  static final String NOT_JSON = "The body is not valid JSON (line %d, column %d).";
  static final String UNKNOWN_FIELD = "Unknown field '%s'. The fields are: %s.";
  static final String WRONG_TYPE = "Field '%s' must be %s.";
  static final String DUPLICATE_FIELD = "Field '%s' appears more than once.";
  static final String TRAILING = "The body has more after the JSON value; send exactly one value.";
  static final String BODY_WRONG_TYPE = "The body must be %s.";
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

  static final ObjectMapper MAPPER = strictMapper();

  static ObjectMapper strictMapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .addModule(new JavaTimeModule())
            .build();
    for (CoercionInputShape shape :
        List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
      mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
    }
    for (CoercionInputShape shape :
        List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.String)) {
      mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(shape, CoercionAction.Fail);
    }
    for (LogicalType number : List.of(LogicalType.Integer, LogicalType.Float)) {
      mapper
          .coercionConfigFor(number)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    return mapper;
  }

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return !(type == String.class
        || type == byte[].class
        || InputStream.class.isAssignableFrom(type)
        || Reader.class.isAssignableFrom(type)
        || type.getName().startsWith("jakarta.json."));
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream entity)
      throws IOException {
    byte[] body = entity.readAllBytes();
    if (new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
      return null;
    }
    return read(body, MAPPER.constructType(genericType != null ? genericType : type));
  }

  /** The value, or a {@link BadRequestException} whose response is the {@link ApiError}. */
  static Object read(byte[] body, JavaType type) throws IOException {
    try {
      return MAPPER.readValue(body, type);
    } catch (JsonProcessingException e) {
      ApiError error = describe(e);
      throw new BadRequestException(
          error.message(),
          Response.status(Response.Status.BAD_REQUEST)
              .type(ApiError.PROBLEM_JSON_TYPE)
              .entity(error)
              .build(),
          e);
    }
  }

  /** One 400 answer for a body Jackson refused, naming the field where there is one. */
  static ApiError describe(JsonProcessingException e) {
    String field = null;
    String message;
    if (e instanceof UnrecognizedPropertyException unknown) {
      field = path(unknown);
      Collection<Object> known = unknown.getKnownPropertyIds();
      message =
          String.format(
              UNKNOWN_FIELD,
              field,
              known == null
                  ? "-"
                  : known.stream()
                      .map(Objects::toString)
                      .sorted()
                      .collect(Collectors.joining(", ")));
    } else if (e.getOriginalMessage() != null && DUPLICATE.matcher(e.getOriginalMessage()).find()) {
      Matcher m = DUPLICATE.matcher(e.getOriginalMessage());
      m.find();
      String parent = e instanceof JsonMappingException mapping ? path(mapping) : "";
      field = parent.isEmpty() ? m.group(1) : parent + "." + m.group(1);
      message = String.format(DUPLICATE_FIELD, field);
    } else if (e instanceof MismatchedInputException
        && e.getOriginalMessage() != null
        && e.getOriginalMessage().startsWith("Trailing token")) {
      message = TRAILING;
    } else if (e instanceof MismatchedInputException mismatch) {
      field = path(mismatch);
      String expected = expected(mismatch.getTargetType());
      if (field.isEmpty()) {
        field = null;
        message = String.format(BODY_WRONG_TYPE, expected);
      } else {
        message = String.format(WRONG_TYPE, field, expected);
      }
    } else if (e instanceof JsonParseException || e.getLocation() != null) {
      var at = e.getLocation();
      message =
          String.format(
              NOT_JSON, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
    } else {
      message = String.format(NOT_JSON, 0, 0);
    }
    return new ApiError(
        400,
        ApiError.INVALID_JSON,
        message,
        List.of(message),
        field == null ? List.of() : List.of(new ApiError.FieldError(field, message)));
  }

  /** {@code decision}, {@code items[2].amount}: the field as the client wrote it. */
  static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String expected(Class<?> target) {
    if (target == null) {
      return "a value of another type";
    }
    if (target == Boolean.class || target == boolean.class) {
      return "true or false";
    }
    if (CharSequence.class.isAssignableFrom(target)) {
      return "a string (in quotes)";
    }
    if (target.isEnum()) {
      return "one of "
          + java.util.Arrays.stream(target.getEnumConstants())
              .map(c -> "\"" + ((Enum<?>) c).name() + "\"")
              .collect(Collectors.joining(", "));
    }
    if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
      return "a number";
    }
    if (Collection.class.isAssignableFrom(target) || target.isArray()) {
      return "a JSON array";
    }
    return "a JSON object";
  }

  /** For tests: the ApiError a body would be refused with, if it is refused. */
  static ApiError errorOf(BadRequestException e) {
    return (ApiError) e.getResponse().getEntity();
  }
}
