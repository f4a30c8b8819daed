package org.cornerstone.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.ValidationException;

/**
 * Turns exceptions into RFC 9457 problem details ({@link ApiError}, {@code
 * application/problem+json}) with the right status; never a stack trace. {@link #error} is the one
 * place an error response is built: filters that refuse a request (sign-in, roles, size, rate
 * limits) use it too, so every error has the one shape.
 */
public final class ErrorMappers {
  private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

  private ErrorMappers() {}

  /** The error response: {@code body} as {@code application/problem+json}. */
  public static Response error(Response.StatusType status, ApiError body) {
    return Response.status(status).type(ApiError.PROBLEM_JSON_TYPE).entity(body).build();
  }

  /** The error response with one problem, {@code message}, and the code the status implies. */
  public static Response error(Response.StatusType status, String message) {
    return error(status, ApiError.of(status.getStatusCode(), message));
  }

  @Provider
  public static class Validation implements ExceptionMapper<ValidationException> {
    @Override
    public Response toResponse(ValidationException e) {
      return error(
          Response.Status.BAD_REQUEST,
          new ApiError(
              400,
              ApiError.INVALID_INPUT,
              "The request has problems.",
              e.problems(),
              java.util.List.of()));
    }
  }

  @Provider
  public static class AccessDenied implements ExceptionMapper<AccessDeniedException> {
    @Override
    public Response toResponse(AccessDeniedException e) {
      return error(Response.Status.FORBIDDEN, e.getMessage());
    }
  }

  @Provider
  public static class NotFound implements ExceptionMapper<NotFoundException> {
    @Override
    public Response toResponse(NotFoundException e) {
      return error(Response.Status.NOT_FOUND, e.getMessage());
    }
  }

  @Provider
  public static class Conflict implements ExceptionMapper<ConflictException> {
    @Override
    public Response toResponse(ConflictException e) {
      return error(Response.Status.CONFLICT, e.getMessage());
    }
  }

  @Provider
  public static class Ledger implements ExceptionMapper<LedgerException> {
    @Override
    public Response toResponse(LedgerException e) {
      return error(Response.Status.BAD_GATEWAY, e.getMessage());
    }
  }

  @Provider
  public static class WebApplication implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Response.StatusType status = e.getResponse().getStatusInfo();
      Object entity = e.getResponse().hasEntity() ? e.getResponse().getEntity() : null;
      ApiError body =
          entity instanceof ApiError given
              ? given
              : ApiError.of(status.getStatusCode(), messageFor(status));
      // keep the exception's headers (WWW-Authenticate on a 401, Allow on a 405)
      return Response.fromResponse(e.getResponse())
          .status(status)
          .type(ApiError.PROBLEM_JSON_TYPE)
          .entity(body)
          .build();
    }

    private static String messageFor(Response.StatusType status) {
      return switch (status.getStatusCode()) {
        case 404 -> NO_SUCH_RESOURCE;
        case 405 -> "This address does not take that method (" + status.getReasonPhrase() + ").";
        case 406 -> "The API answers in JSON (or the document's own type); accept that.";
        case 413 -> TOO_LARGE;
        case 415 ->
            "Send this request as application/json (decisions, registrations) or"
                + " multipart/form-data (submissions with files).";
        default -> status.getReasonPhrase();
      };
    }
  }

  static final String NO_SUCH_RESOURCE = "There is nothing at this address.";
  static final String TOO_LARGE =
      "The request is larger than the server accepts; send smaller or fewer files.";
  static final String SIMULTANEOUS_CHANGE =
      "Someone else changed this at the same moment; reload and try again.";
  static final String UNREADABLE_BODY = "The body of the request could not be read: %s";

  /**
   * RESTEasy wraps what a body reader throws (a malformed multipart body, a body too large for the
   * server, a JSON body the reader refused) in its {@code ReaderException}; answer with the one
   * error shape, not its plain text.
   */
  @Provider
  public static class Reader implements ExceptionMapper<org.jboss.resteasy.spi.ReaderException> {
    @Override
    public Response toResponse(org.jboss.resteasy.spi.ReaderException e) {
      Response known = Unexpected.known(e);
      if (known != null) {
        return known;
      }
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      return error(
          Response.Status.BAD_REQUEST,
          String.format(UNREADABLE_BODY, String.valueOf(root.getMessage())));
    }
  }

  @Provider
  public static class Unexpected implements ExceptionMapper<Exception> {
    @Override
    public Response toResponse(Exception e) {
      Response known = known(e);
      if (known != null) {
        return known;
      }
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Unexpected error " + incident, e);
      return error(
          Response.Status.INTERNAL_SERVER_ERROR,
          "Something went wrong on our side (reference " + incident + "). Nothing was saved.");
    }

    /**
     * The answer for an exception we know, found anywhere in the chain of causes (transactional
     * interceptors and RESTEasy wrap them); {@code null} for a real surprise.
     */
    static Response known(Throwable e) {
      Throwable current = e;
      for (int depth = 0; current != null && depth < 15; depth++) {
        if (current instanceof ValidationException v) {
          return new Validation().toResponse(v);
        }
        if (current instanceof ConflictException c) {
          return new Conflict().toResponse(c);
        }
        if (current instanceof AccessDeniedException a) {
          return new AccessDenied().toResponse(a);
        }
        if (current instanceof NotFoundException n) {
          return new NotFound().toResponse(n);
        }
        if (current instanceof WebApplicationException w) {
          return new WebApplication().toResponse(w);
        }
        if (current instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
          return error(Response.Status.BAD_REQUEST, StrictJsonReader.describe(j));
        }
        String name = current.getClass().getName();
        if (name.equals("io.undertow.server.RequestTooBigException")
            || name.equals("org.apache.commons.fileupload2.core.FileUploadByteCountLimitException")
            || name.equals("org.apache.commons.fileupload2.core.FileUploadSizeException")) {
          return error(Response.Status.REQUEST_ENTITY_TOO_LARGE, TOO_LARGE);
        }
        if (name.equals("jakarta.persistence.OptimisticLockException")
            || name.equals("org.camunda.bpm.engine.OptimisticLockingException")) {
          return error(Response.Status.CONFLICT, SIMULTANEOUS_CHANGE);
        }
        current = current.getCause() == current ? null : current.getCause();
      }
      return null;
    }
  }
}
