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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.cornerstone.financing.application.CertificateView;
import org.cornerstone.financing.application.ReceivableUpload;
import org.cornerstone.financing.application.ReceivableView;
import org.cornerstone.financing.application.Receivables;
import org.cornerstone.financing.application.SubmitReceivable;
import org.cornerstone.financing.domain.ReceivableDocumentType;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.platform.Settings;
import org.cornerstone.shared.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Receivables (issue 22): a supplier submits an invoice on a core enterprise with its purchase
 * order and delivery proof, and follows it; the debtor decides in the review tasks ({@code
 * /api/v1/tasks/{taskId}/decision}: APPROVE = confirm, REJECT = dispute with a reason); the core
 * enterprise reads the certificates it issued (its payment schedule).
 */
@Path("/receivables")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"SUPPLIER", "DEBTOR", "COMPLIANCE", "TRUSTEE", "SENIOR_TRUSTEE", "ADMIN"})
@Tag(name = "Receivables")
public class ReceivableResource {
  @Inject Receivables receivables;
  @Inject Settings settings;
  @Context SecurityContext security;

  /**
   * Form fields {@code debtorOrganisation, invoiceNumber, amount, currency, issueDate, dueDate};
   * file parts named {@code PURCHASE_ORDER} and {@code DELIVERY_PROOF} (PDF, PNG or JPEG).
   */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed("SUPPLIER")
  @Operation(
      summary = "Submit an invoice on a core enterprise with its purchase order and delivery proof")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA,
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      description = "The invoice's terms and its documents",
                      properties = {
                        @SchemaProperty(
                            name = "debtorOrganisation",
                            type = SchemaType.STRING,
                            description = "The core enterprise's organisation id"),
                        @SchemaProperty(
                            name = "invoiceNumber",
                            type = SchemaType.STRING,
                            description = "As written on the invoice, e.g. INV-2026/0042"),
                        @SchemaProperty(
                            name = "amount",
                            type = SchemaType.STRING,
                            description = "e.g. 1000000.00 (at most the currency's decimals)"),
                        @SchemaProperty(
                            name = "currency",
                            type = SchemaType.STRING,
                            description = "ISO 4217, e.g. CNY"),
                        @SchemaProperty(
                            name = "issueDate",
                            type = SchemaType.STRING,
                            description = "ISO date, not after today"),
                        @SchemaProperty(
                            name = "dueDate",
                            type = SchemaType.STRING,
                            description = "ISO date after the issue date and today: the maturity"),
                        @SchemaProperty(
                            name = "PURCHASE_ORDER",
                            type = SchemaType.STRING,
                            format = "binary",
                            description = "The purchase order (PDF, PNG or JPEG)"),
                        @SchemaProperty(
                            name = "DELIVERY_PROOF",
                            type = SchemaType.STRING,
                            format = "binary",
                            description = "The delivery proof (PDF, PNG or JPEG)")
                      })))
  @APIResponse(
      responseCode = "201",
      description = "Submitted; Location names the receivable",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReceivableView.class)))
  @APIResponse(
      responseCode = "409",
      description = "The invoice already backs a certificate or is already in onboarding",
      content =
          @Content(
              mediaType = ApiError.PROBLEM_JSON,
              schema = @Schema(implementation = ApiError.class)))
  public Response submit(List<EntityPart> parts) throws IOException {
    MultipartForm<ReceivableDocumentType> form =
        MultipartForm.read(parts, ReceivableDocumentType.class, settings.maxUploadBytes());
    List<ReceivableUpload> documents =
        form.files().stream()
            .map(f -> new ReceivableUpload(f.fileName(), f.type(), f.content()))
            .toList();
    ReceivableView created =
        receivables.submit(
            Callers.actor(security),
            new SubmitReceivable(
                form.field("debtorOrganisation"),
                form.field("invoiceNumber"),
                form.field("amount"),
                form.field("currency"),
                form.field("issueDate"),
                form.field("dueDate"),
                documents));
    return Response.created(URI.create("receivables/" + created.id())).entity(created).build();
  }

  @GET
  @Path("/mine")
  @RolesAllowed("SUPPLIER")
  @Operation(summary = "List my organisation's receivables with their status and certificate")
  public List<ReceivableView> mine() {
    return receivables.mine(Callers.actor(security));
  }

  @GET
  @Path("/debtors")
  @RolesAllowed("SUPPLIER")
  @Operation(summary = "List the core enterprises an invoice can be submitted on")
  public List<OrganisationView> debtors() {
    return receivables.debtors();
  }

  @GET
  @Path("/certificates")
  @RolesAllowed("DEBTOR")
  @Operation(
      summary = "List the payable certificates my core enterprise issued, by maturity (schedule)")
  public List<CertificateView> certificates() {
    return receivables.issuedCertificates(Callers.actor(security));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Read one receivable with its documents, decisions and certificate")
  public ReceivableView get(@PathParam("id") String id) {
    return receivables
        .receivable(Callers.actor(security), id)
        .orElseThrow(() -> new NotFoundException(String.format(Receivables.NOT_FOUND, id)));
  }

  @GET
  @Path("/{id}/documents/{documentId}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download one document of a receivable")
  @APIResponse(
      responseCode = "200",
      description = "The document, in its own media type",
      content =
          @Content(
              mediaType = "*/*",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response document(@PathParam("id") String id, @PathParam("documentId") String documentId) {
    var document =
        receivables
            .document(Callers.actor(security), id, documentId)
            .orElseThrow(() -> new NotFoundException("No such document."));
    return Downloads.document(document.content(), document.mediaType(), document.fileName());
  }
}
