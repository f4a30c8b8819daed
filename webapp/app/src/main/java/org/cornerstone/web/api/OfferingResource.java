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
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.cornerstone.offering.application.AllocationView;
import org.cornerstone.offering.application.OfferingService;
import org.cornerstone.offering.application.OfferingView;
import org.cornerstone.offering.application.OpenOffering;
import org.cornerstone.offering.application.Portfolio;
import org.cornerstone.offering.application.SubscriptionView;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Primary offerings: the issuer opens and closes, investors subscribe, everyone reconciles. */
@Path("/offerings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  "ORIGINATOR",
  "INVESTOR",
  "TRUSTEE",
  "SENIOR_TRUSTEE",
  "REGISTRAR",
  "ADMIN",
  "STRUCTURER"
})
@Tag(name = "Offerings")
public class OfferingResource {
  @Inject OfferingService offerings;
  @Context SecurityContext security;

  /**
   * The body of {@code POST /api/offerings}.
   *
   * @param pricePerToken decimal text, e.g. {@code "25.00"}
   * @param opensAt ISO-8601 instant; absent: at once after approval
   * @param closesAt ISO-8601 instant
   */
  public record OfferingRequest(
      String instrumentId,
      Long quantityOffered,
      String pricePerToken,
      String currency,
      Long minimumSubscription,
      Instant opensAt,
      Instant closesAt,
      String allocationRule) {}

  /** The body of {@code POST /api/offerings/{id}/subscriptions}. */
  public record SubscriptionRequest(Long quantity, String subscriptionKey) {}

  @GET
  @Operation(summary = "List the primary offerings")
  public List<OfferingView> list() {
    return offerings.offerings(Callers.actor(security));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Read one offering")
  public OfferingView one(@PathParam("id") String id) {
    return offerings
        .offering(Callers.actor(security), id)
        .orElseThrow(() -> new NotFoundException("No offering " + id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("ORIGINATOR")
  @Operation(summary = "Open an offering (the issuer)")
  public OfferingView open(OfferingRequest request) {
    if (request == null) {
      throw new ValidationException("The offering's terms are missing.");
    }
    return offerings.open(
        Callers.actor(security),
        new OpenOffering(
            request.instrumentId(),
            request.quantityOffered(),
            request.pricePerToken(),
            request.currency(),
            request.minimumSubscription(),
            request.opensAt(),
            request.closesAt(),
            request.allocationRule()));
  }

  /** Idempotent by {@code subscriptionKey}: a repeat answers the first subscription. */
  @POST
  @Path("/{id}/subscriptions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("INVESTOR")
  @Operation(summary = "Subscribe to an offering (idempotent by subscriptionKey)")
  public SubscriptionView subscribe(@PathParam("id") String id, SubscriptionRequest request) {
    if (request == null || request.quantity() == null) {
      throw new ValidationException("Say how many tokens to subscribe.");
    }
    return offerings.subscribe(
        Callers.actor(security), id, request.quantity(), request.subscriptionKey());
  }

  @GET
  @Path("/{id}/subscriptions")
  @Operation(summary = "List an offering's subscriptions")
  public List<SubscriptionView> subscriptions(@PathParam("id") String id) {
    return offerings.subscriptions(Callers.actor(security), id);
  }

  @POST
  @Path("/{id}/close")
  @RolesAllowed({"ORIGINATOR", "STRUCTURER"})
  @Operation(summary = "Close an offering early")
  public OfferingView close(@PathParam("id") String id) {
    return offerings.closeEarly(Callers.actor(security), id);
  }

  /** Reconciliation: each allocation with the ledger transaction that settled it. */
  @GET
  @Path("/{id}/allocations")
  @Operation(
      summary = "List an offering's allocations with the ledger transactions that settled them")
  public List<AllocationView> allocations(@PathParam("id") String id) {
    return offerings.allocations(Callers.actor(security), id);
  }

  /** The caller's portfolio: holdings with cost, subscriptions, cash available and reserved. */
  @GET
  @Path("/portfolio")
  @RolesAllowed("INVESTOR")
  @Operation(summary = "The investor's portfolio: holdings with cost, subscriptions, cash")
  public Portfolio portfolio() {
    return offerings.portfolio(Callers.actor(security));
  }
}
