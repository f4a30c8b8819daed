package org.cornerstone.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.util.List;
import org.cornerstone.securitization.application.DealTapes;
import org.cornerstone.securitization.application.TapeViews.Tape;
import org.cornerstone.securitization.application.TapeViews.TapeSummary;
import org.cornerstone.shared.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A deal's loan tape (issue 14, ADR 0028): the arranger uploads a CSV of the pool's small loans as
 * a multipart form with one file part named {@code TAPE} (at most {@link DealTapes#MAX_TAPE_BYTES}
 * bytes) while the deal is a draft; readers of deals read it with each loan's eligibility.
 */
@Path("/deals/{id}/tape")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"STRUCTURER", "TRUSTEE", "SENIOR_TRUSTEE", "LEGAL", "REGISTRAR", "AUDITOR"})
@Tag(name = "Securitization deals")
public class DealTapeResource {
  static final String ONE_FILE = "Send one file part named TAPE: the loan tape as CSV.";

  /** The form's one file part. */
  public enum TapePart {
    TAPE
  }

  @Inject DealTapes tapes;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "The deal's loan tape: summary and every loan with its eligibility")
  public Tape get(@PathParam("id") String id) {
    return tapes.tape(Callers.actor(security), id);
  }

  @PUT
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed("STRUCTURER")
  @Operation(
      summary =
          "Upload (replace) the deal's loan tape: CSV with the header"
              + " id,obligor,balance,rate,term,remaining_term,status, at most 8 MiB; a bad line"
              + " is refused with its line number and nothing changes")
  @APIResponse(
      responseCode = "200",
      description = "Stored; the tape's summary",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TapeSummary.class)))
  @APIResponse(
      responseCode = "400",
      description = "A line of the tape is refused, or the file is empty or too big",
      content =
          @Content(
              mediaType = ApiError.PROBLEM_JSON,
              schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "409",
      description = "The deal is no longer a draft",
      content =
          @Content(
              mediaType = ApiError.PROBLEM_JSON,
              schema = @Schema(implementation = ApiError.class)))
  public TapeSummary upload(@PathParam("id") String id, List<EntityPart> parts) throws IOException {
    MultipartForm<TapePart> form =
        MultipartForm.read(parts, TapePart.class, DealTapes.MAX_TAPE_BYTES);
    if (form.files().size() > 1) {
      throw new ValidationException(ONE_FILE);
    }
    MultipartForm.File<TapePart> file = form.files().isEmpty() ? null : form.files().get(0);
    return tapes.upload(
        Callers.actor(security),
        id,
        file == null ? null : file.fileName(),
        file == null ? null : file.content());
  }

  @DELETE
  @RolesAllowed("STRUCTURER")
  @Operation(summary = "Remove the deal's loan tape while the deal is a draft")
  public Response remove(@PathParam("id") String id) {
    tapes.remove(Callers.actor(security), id);
    return Response.noContent().build();
  }
}
