package org.cornerstone.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.cornerstone.financing.application.CertificateLineage;
import org.cornerstone.financing.application.CertificateMaturities;
import org.cornerstone.financing.application.CertificateTransfers;
import org.cornerstone.financing.application.CertificateWallet;
import org.cornerstone.financing.application.HopView;
import org.cornerstone.financing.application.LineageView;
import org.cornerstone.financing.application.MaturityView;
import org.cornerstone.financing.application.NotificationView;
import org.cornerstone.financing.application.WalletHolding;
import org.cornerstone.registry.controls.application.HolderTransfers;
import org.cornerstone.shared.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Payable certificates down the supply chain (issue 22, parts 3 and 5): a supplier's wallet and
 * notifications, the split/transfer of part of a certificate to another supplier (JSON {@code to}
 * (organisation id), {@code amount} (decimal, e.g. "400000.00"), {@code requestKey}), the lineage
 * tree, the maturity payments and the obligor's payment of the overdue rest.
 */
@Path("/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supply-chain finance")
public class CertificateChainResource {
  @Inject CertificateTransfers transfers;
  @Inject CertificateLineage lineage;
  @Inject CertificateWallet wallet;
  @Inject CertificateMaturities maturities;
  @Context SecurityContext security;

  @GET
  @Path("/wallet")
  @RolesAllowed({"SUPPLIER", "FINANCIER"})
  @Operation(
      summary =
          "The caller's organisation's certificate holdings, the earliest maturity first (its"
              + " maturity calendar)")
  public List<WalletHolding> wallet() {
    return wallet.holdings(Callers.actor(security));
  }

  @GET
  @Path("/notifications")
  @RolesAllowed({"SUPPLIER", "FINANCIER"})
  @Operation(summary = "Notices to the caller's organisation: paid at maturity, overdue, settled")
  public List<NotificationView> notifications() {
    return wallet.notifications(Callers.actor(security));
  }

  @GET
  @Path("/payment-schedule")
  @RolesAllowed("DEBTOR")
  @Operation(summary = "The certificates the caller's core enterprise must pay, by maturity date")
  public List<WalletHolding> paymentSchedule() {
    return maturities.scheduleOf(Callers.actor(security));
  }

  @POST
  @Path("/{id}/transfers")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("SUPPLIER")
  @Operation(
      summary =
          "Transfer part of a certificate (exact minor units) to another supplier; idempotent by"
              + " requestKey")
  public Response transfer(@PathParam("id") String certificateId, CertificateTransferJson body) {
    CertificateTransferJson request =
        body == null ? new CertificateTransferJson(null, null, null) : body;
    try {
      HopView hop =
          transfers.transfer(
              Callers.actor(security),
              certificateId,
              request.to(),
              request.amount(),
              request.requestKey());
      return Response.ok(hop).build();
    } catch (HolderTransfers.TransferRefused refused) {
      ApiError problem =
          new ApiError(
              422, "transfer_refused", refused.getMessage(), refused.problems(), List.of());
      return Response.status(422)
          .type(ApiError.PROBLEM_JSON_TYPE)
          .entity(HolderTransferResource.Refused.of(problem, refused.refusals()))
          .build();
    }
  }

  @GET
  @Path("/{id}/lineage")
  @RolesAllowed({
    "TRUSTEE",
    "SENIOR_TRUSTEE",
    "COMPLIANCE",
    "REGISTRAR",
    "ADMIN",
    "AUDITOR",
    "DEBTOR",
    "SUPPLIER",
    "FINANCIER"
  })
  @Operation(
      summary =
          "The certificate's lineage: the tree from the first holder to every current holder,"
              + " checked against the ledger")
  public LineageView lineage(@PathParam("id") String certificateId) {
    return lineage.lineage(Callers.actor(security), certificateId);
  }

  @GET
  @Path("/{id}/maturity")
  @RolesAllowed({
    "TRUSTEE",
    "SENIOR_TRUSTEE",
    "COMPLIANCE",
    "REGISTRAR",
    "ADMIN",
    "AUDITOR",
    "DEBTOR",
    "SUPPLIER",
    "FINANCIER"
  })
  @Operation(summary = "The certificate's maturity payments per holder (404 before maturity)")
  public MaturityView maturity(@PathParam("id") String certificateId) {
    return maturities
        .maturity(Callers.actor(security), certificateId)
        .orElseThrow(
            () -> new NotFoundException("Certificate " + certificateId + " has not matured."));
  }

  @POST
  @Path("/{id}/maturity/overdue-payment")
  @RolesAllowed("DEBTOR")
  @Operation(summary = "The obligor pays every overdue rest of the certificate in cash tokens")
  public MaturityView payOverdue(@PathParam("id") String certificateId) {
    return maturities.payOverdue(Callers.actor(security), certificateId);
  }

  /** A transfer request: organisation id, decimal amount, the caller's idempotency key. */
  public record CertificateTransferJson(String to, String amount, String requestKey) {}
}
