package org.cornerstone.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cornerstone.securitization.application.DealViews.CandidateView;
import org.cornerstone.securitization.application.DealViews.DealSummary;
import org.cornerstone.securitization.application.DealViews.DealView;
import org.cornerstone.securitization.application.Deals;
import org.cornerstone.securitization.application.NewDeal;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Securitization deals (issue 14, structuring): the arranger (STRUCTURER) creates a deal with its
 * SPV, adds eligible holdings of the seller to the pool, defines the structure in the deal file's
 * schema (which writes the deal file) and submits it for legal review and trustee approval.
 * Trustees, legal counsel, the registrar and auditors read deals.
 */
@Path("/deals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"STRUCTURER", "TRUSTEE", "SENIOR_TRUSTEE", "LEGAL", "REGISTRAR", "AUDITOR"})
@Tag(name = "Securitization deals")
public class DealResource {
  static final String POOL_BODY_REQUIRED =
      "Send a JSON body with instrumentId: the seller's holding to add to the pool.";

  @Inject Deals deals;
  @Context SecurityContext security;

  /** The body of a deal's creation. */
  public record DealJson(
      String name,
      String currency,
      String sellerOrganisation,
      String servicerOrganisation,
      String paymentFrequency,
      String closingDate,
      String firstPaymentDate,
      String concentrationLimit,
      String requestKey) {}

  /** The body that adds a holding to the pool. */
  public record PoolAssetJson(String instrumentId) {}

  @GET
  @Operation(summary = "Every deal, the newest first")
  public List<DealSummary> list() {
    return deals.list(Callers.actor(security));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("STRUCTURER")
  @Operation(
      summary =
          "Create a deal and its SPV (idempotent by Idempotency-Key or requestKey: a double submit"
              + " answers the same deal)")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the deal",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DealView.class)))
  @APIResponse(
      responseCode = "409",
      description = "An organisation already has the SPV's ledger identity (a deal of that name)",
      content =
          @Content(
              mediaType = ApiError.PROBLEM_JSON,
              schema = @Schema(implementation = ApiError.class)))
  public Response create(DealJson body, @HeaderParam("Idempotency-Key") String key) {
    if (body == null) {
      throw new ValidationException(Deals.BODY_REQUIRED);
    }
    String requestKey =
        body.requestKey() != null && !body.requestKey().isBlank() ? body.requestKey() : key;
    DealView view =
        deals.create(
            Callers.actor(security),
            new NewDeal(
                body.name(),
                body.currency(),
                body.sellerOrganisation(),
                body.servicerOrganisation(),
                body.paymentFrequency(),
                body.closingDate(),
                body.firstPaymentDate(),
                body.concentrationLimit(),
                requestKey));
    return Response.created(UriBuilder.fromPath("deals/{id}").build(view.id()))
        .entity(view)
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One deal: pool with per-asset eligibility, structure, status, SPV, closing")
  public DealView one(@PathParam("id") String id) {
    return deals
        .deal(Callers.actor(security), id)
        .orElseThrow(() -> new NotFoundException("No such deal: " + id));
  }

  @GET
  @Path("/{id}/candidates")
  @RolesAllowed("STRUCTURER")
  @Operation(
      summary =
          "The seller's holdings in the deal's currency, each with the eligibility criteria"
              + " (kind, status, maturity, concentration) and whether it passes")
  public List<CandidateView> candidates(@PathParam("id") String id) {
    return deals.candidates(Callers.actor(security), id);
  }

  @POST
  @Path("/{id}/pool")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("STRUCTURER")
  @Operation(
      summary =
          "Add the seller's holding of an instrument to the pool; an ineligible one is refused"
              + " with the failed criteria")
  @APIResponse(
      responseCode = "200",
      description = "Added; the deal with its pool",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DealView.class)))
  @APIResponse(
      responseCode = "409",
      description = "The instrument is already in the pool, or the deal is no longer a draft",
      content =
          @Content(
              mediaType = ApiError.PROBLEM_JSON,
              schema = @Schema(implementation = ApiError.class)))
  public DealView addToPool(@PathParam("id") String id, PoolAssetJson body) {
    if (body == null) {
      throw new ValidationException(POOL_BODY_REQUIRED);
    }
    return deals.addToPool(Callers.actor(security), id, body.instrumentId());
  }

  @PUT
  @Path("/{id}/structure")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("STRUCTURER")
  @Operation(
      summary =
          "Define the tranches, principal payment, fees, reserve, triggers and clean-up call (the"
              + " deal file's schema; amounts as strings such as \"8000000.00\"); writes the deal"
              + " file")
  @APIResponse(
      responseCode = "200",
      description = "Defined; the deal with its structure (the deal file is written)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DealView.class)))
  @APIResponse(
      responseCode = "409",
      description = "The deal is no longer a draft",
      content =
          @Content(
              mediaType = ApiError.PROBLEM_JSON,
              schema = @Schema(implementation = ApiError.class)))
  public DealView structure(@PathParam("id") String id, JsonNode body) {
    return deals.defineStructure(Callers.actor(security), id, body);
  }

  @POST
  @Path("/{id}/submission")
  @RolesAllowed("STRUCTURER")
  @Operation(summary = "Submit the deal for legal review and trustee approval (four eyes)")
  @APIResponse(
      responseCode = "200",
      description = "Submitted; the deal in review",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DealView.class)))
  @APIResponse(
      responseCode = "409",
      description = "The deal was already submitted",
      content =
          @Content(
              mediaType = ApiError.PROBLEM_JSON,
              schema = @Schema(implementation = ApiError.class)))
  public DealView submit(@PathParam("id") String id) {
    return deals.submit(Callers.actor(security), id);
  }

  @GET
  @Path("/{id}/deal-file")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Download the deal file (JSON) the waterfall engine reads")
  public Response dealFile(@PathParam("id") String id) {
    String file =
        deals
            .dealFile(Callers.actor(security), id)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "Deal " + id + " has no deal file: define its structure first."));
    return Downloads.document(
        file.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON, id + ".json");
  }
}
