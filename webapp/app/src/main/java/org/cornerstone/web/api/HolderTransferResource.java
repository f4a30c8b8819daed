package org.cornerstone.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.cornerstone.registry.controls.application.HolderTransfers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A holder transfers tokens of an instrument (JSON {@code to} (X.500 name), {@code quantity},
 * {@code transferKey}): 200 with the ledger transaction, or 422 with every reason code when a pause
 * or a freeze refuses it.
 */
@Path("/instruments/{id}/transfers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"INVESTOR", "ORIGINATOR"})
@Tag(name = "Holdings")
public class HolderTransferResource {
  @Inject HolderTransfers transfers;
  @Context SecurityContext security;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Transfer tokens of an instrument to another holder")
  @APIResponse(
      responseCode = "200",
      description = "Transferred: the ledger transaction",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = HolderTransferResource.Transferred.class)))
  @APIResponse(
      responseCode = "422",
      description = "Refused by a pause or a freeze: every reason with its code",
      content =
          @Content(
              mediaType = ApiError.PROBLEM_JSON,
              schema = @Schema(implementation = HolderTransferResource.Refused.class)))
  public Response transfer(@PathParam("id") String instrumentId, TransferJson body) {
    TransferJson request = body == null ? new TransferJson(null, 0, null) : body;
    try {
      String transactionId =
          transfers.transfer(
              Callers.actor(security),
              instrumentId,
              request.to(),
              request.quantity(),
              request.transferKey());
      return Response.ok(new Transferred(transactionId)).build();
    } catch (HolderTransfers.TransferRefused refused) {
      ApiError problem =
          new ApiError(
              422, "transfer_refused", refused.getMessage(), refused.problems(), List.of());
      return Response.status(422)
          .type(ApiError.PROBLEM_JSON_TYPE)
          .entity(Refused.of(problem, refused.refusals()))
          .build();
    }
  }

  public record TransferJson(String to, long quantity, String transferKey) {}

  public record Transferred(String ledgerTransactionId) {}

  /**
   * A refusal: the usual problem details ({@link ApiError}, code {@code transfer_refused}) plus
   * each reason with its stable code.
   */
  @Schema(name = "TransferRefusedProblem")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Refused(
      String type,
      String title,
      int status,
      String detail,
      String instance,
      String code,
      String message,
      List<String> problems,
      List<ApiError.FieldError> fields,
      List<HolderTransfers.Refusal> reasons) {
    static Refused of(ApiError p, List<HolderTransfers.Refusal> reasons) {
      return new Refused(
          p.type(),
          p.title(),
          p.status(),
          p.detail(),
          p.instance(),
          p.code(),
          p.message(),
          p.problems(),
          p.fields(),
          reasons);
    }

    /** The same refusal, occurring at {@code path}. */
    Refused at(String path) {
      return new Refused(
          type, title, status, detail, path, code, message, problems, fields, reasons);
    }
  }
}
