package org.cornerstone.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
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

/** Turns exceptions into JSON {@link ApiError}s with the right status; never a stack trace. */
final class ErrorMappers {
  private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

  private ErrorMappers() {}

  static Response error(Response.Status status, ApiError body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  static Response error(Response.Status status, String message) {
    return error(status, ApiError.of(status.getStatusCode(), message));
  }

  @Provider
  public static class Validation implements ExceptionMapper<ValidationException> {
    @Override
    public Response toResponse(ValidationException e) {
      return error(
          Response.Status.BAD_REQUEST,
          new ApiError(400, "The request has problems.", e.problems()));
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
      return Response.status(status)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(ApiError.of(status.getStatusCode(), status.getReasonPhrase()))
          .build();
    }
  }

  @Provider
  public static class Unexpected implements ExceptionMapper<Exception> {
    @Override
    public Response toResponse(Exception e) {
      Throwable cause = unwrap(e);
      if (cause instanceof ValidationException v) {
        return new Validation().toResponse(v);
      }
      if (cause instanceof ConflictException c) {
        return new Conflict().toResponse(c);
      }
      if (cause instanceof AccessDeniedException a) {
        return new AccessDenied().toResponse(a);
      }
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Unexpected error " + incident, e);
      return error(
          Response.Status.INTERNAL_SERVER_ERROR,
          "Something went wrong on our side (reference " + incident + "). Nothing was saved.");
    }

    /** Transactional interceptors wrap application exceptions; find ours. */
    static Throwable unwrap(Throwable e) {
      Throwable current = e;
      for (int depth = 0; current != null && depth < 10; depth++) {
        if (current instanceof ValidationException
            || current instanceof ConflictException
            || current instanceof AccessDeniedException) {
          return current;
        }
        current = current.getCause();
      }
      return e;
    }
  }
}
