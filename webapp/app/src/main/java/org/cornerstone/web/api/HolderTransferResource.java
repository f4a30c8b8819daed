package org.cornerstone.web.api;

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

/**
 * A holder transfers tokens of an instrument (JSON {@code to} (X.500 name), {@code quantity},
 * {@code transferKey}): 200 with the ledger transaction, or 422 with every reason code when a pause
 * or a freeze refuses it.
 */
@Path("/instruments/{id}/transfers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"INVESTOR", "ORIGINATOR"})
public class HolderTransferResource {
  @Inject HolderTransfers transfers;
  @Context SecurityContext security;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
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
      return Response.status(422)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(new Refused(422, refused.getMessage(), refused.problems(), refused.refusals()))
          .build();
    }
  }

  public record TransferJson(String to, long quantity, String transferKey) {}

  public record Transferred(String ledgerTransactionId) {}

  /** A refusal: the usual error body plus each reason with its stable code. */
  public record Refused(
      int status, String message, List<String> problems, List<HolderTransfers.Refusal> reasons) {}
}
