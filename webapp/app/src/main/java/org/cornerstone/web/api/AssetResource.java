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
import org.cornerstone.origination.application.AssetDetails;
import org.cornerstone.origination.application.AssetQueries;
import org.cornerstone.origination.application.AssetSubmissionService;
import org.cornerstone.origination.application.AssetSummary;
import org.cornerstone.origination.application.Dashboard;
import org.cornerstone.origination.application.DocumentUpload;
import org.cornerstone.origination.application.IssuanceCertificateService;
import org.cornerstone.origination.application.ProcessView;
import org.cornerstone.origination.application.SubmitCopyrightAsset;
import org.cornerstone.origination.application.SubmitRealEstateAsset;
import org.cornerstone.origination.domain.DocumentType;
import org.cornerstone.platform.Settings;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Assets: submit (multipart form), list, read, download documents and the issuance certificate. */
@Path("/assets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ORIGINATOR", "TRUSTEE", "SENIOR_TRUSTEE", "COMPLIANCE", "LEGAL", "VALUER", "ADMIN"})
@Tag(name = "Assets")
public class AssetResource {
  static final String NOT_FOUND = "No asset %s that you can see.";
  static final String UNKNOWN_KIND = "Unknown asset kind '%s': use REAL_ESTATE or COPYRIGHT.";

  @Inject AssetSubmissionService submissions;
  @Inject AssetQueries queries;
  @Inject IssuanceCertificateService certificates;
  @Inject Settings settings;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "List the assets the caller can see (an originator: her own)")
  public List<AssetSummary> list() {
    // offset and limit are read and applied by ListPaging, as for every list
    Actor actor = Callers.actor(security);
    return actor.has(Role.ORIGINATOR) && !actor.has(Role.ADMIN)
        ? queries.myAssets(actor)
        : allAssets(actor);
  }

  /** Every asset, read in the query's own pages (it answers at most 500 at a time). */
  private List<AssetSummary> allAssets(Actor actor) {
    List<AssetSummary> all = new java.util.ArrayList<>();
    for (int offset = 0; ; offset += 500) {
      List<AssetSummary> page = queries.allAssets(actor, offset, 500);
      all.addAll(page);
      if (page.size() < 500) {
        return all;
      }
    }
  }

  /**
   * Form fields {@code kind} ({@code REAL_ESTATE}, the default, or {@code COPYRIGHT}), {@code
   * title, jurisdiction, currency, tokensToIssue, submissionKey}; for real estate {@code address,
   * appraisedValue}; for a copyright {@code registrationNumber, registrationAuthority, authors,
   * rightsHolder, declaredValue}. File parts are named after their document type ({@code
   * TITLE_DEED}, {@code ROYALTY_HISTORY}, ...).
   */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed("ORIGINATOR")
  @Operation(summary = "Submit an asset with its documents")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA,
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      description = "The asset's fields and its documents",
                      properties = {
                        @SchemaProperty(
                            name = "kind",
                            type = SchemaType.STRING,
                            enumeration = {"REAL_ESTATE", "COPYRIGHT"},
                            description = "REAL_ESTATE (default) or COPYRIGHT"),
                        @SchemaProperty(
                            name = "submissionKey",
                            type = SchemaType.STRING,
                            description =
                                "The client's key for this submission: a repeat answers the first"),
                        @SchemaProperty(
                            name = "title",
                            type = SchemaType.STRING,
                            description = "Title"),
                        @SchemaProperty(
                            name = "jurisdiction",
                            type = SchemaType.STRING,
                            description = "Jurisdiction, e.g. CN-SH"),
                        @SchemaProperty(
                            name = "currency",
                            type = SchemaType.STRING,
                            description = "CNY, USD or HKD"),
                        @SchemaProperty(
                            name = "tokensToIssue",
                            type = SchemaType.STRING,
                            description = "Whole number of tokens"),
                        @SchemaProperty(
                            name = "address",
                            type = SchemaType.STRING,
                            description = "Real estate: the address"),
                        @SchemaProperty(
                            name = "appraisedValue",
                            type = SchemaType.STRING,
                            description = "Real estate: decimal amount"),
                        @SchemaProperty(
                            name = "registrationNumber",
                            type = SchemaType.STRING,
                            description = "Copyright: registration number"),
                        @SchemaProperty(
                            name = "registrationAuthority",
                            type = SchemaType.STRING,
                            description = "Copyright: registration authority"),
                        @SchemaProperty(
                            name = "authors",
                            type = SchemaType.STRING,
                            description = "Copyright: authors"),
                        @SchemaProperty(
                            name = "rightsHolder",
                            type = SchemaType.STRING,
                            description = "Copyright: rights holder"),
                        @SchemaProperty(
                            name = "declaredValue",
                            type = SchemaType.STRING,
                            description = "Copyright: decimal amount"),
                        @SchemaProperty(
                            name = "TITLE_DEED",
                            type = SchemaType.STRING,
                            format = "binary",
                            description =
                                "A document; each file part is named after its document type (TITLE_DEED, APPRAISAL_REPORT, INSURANCE_CERTIFICATE, ROYALTY_HISTORY, ...)")
                      })))
  @APIResponse(
      responseCode = "201",
      description = "Submitted; Location names the asset",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AssetSummary.class)))
  public Response submit(List<EntityPart> parts) throws IOException {
    MultipartForm<DocumentType> form = form(parts);
    List<DocumentUpload> documents = documents(form);
    Actor actor = Callers.actor(security);
    String kind = form.field("kind", "REAL_ESTATE");
    AssetSummary created =
        switch (kind) {
          case "REAL_ESTATE" ->
              submissions.submit(
                  actor,
                  new SubmitRealEstateAsset(
                      form.field("submissionKey"),
                      form.field("title"),
                      form.field("address"),
                      form.field("jurisdiction"),
                      form.field("appraisedValue"),
                      form.field("currency"),
                      form.field("tokensToIssue"),
                      documents));
          case "COPYRIGHT" ->
              submissions.submitCopyright(
                  actor,
                  new SubmitCopyrightAsset(
                      form.field("submissionKey"),
                      form.field("title"),
                      form.field("jurisdiction"),
                      form.field("registrationNumber"),
                      form.field("registrationAuthority"),
                      form.field("authors"),
                      form.field("rightsHolder"),
                      form.field("declaredValue"),
                      form.field("currency"),
                      form.field("tokensToIssue"),
                      documents));
          default -> throw new ValidationException(String.format(UNKNOWN_KIND, kind));
        };
    return Response.created(URI.create("assets/" + created.id())).entity(created).build();
  }

  /**
   * The originator's resubmission after a send-back: form field {@code comment}, file parts named
   * after their document type.
   */
  @POST
  @Path("/{id}/resubmission")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed("ORIGINATOR")
  @Operation(summary = "Resubmit an asset sent back, with a comment and more documents")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA,
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      description = "The comment and the documents added",
                      properties = {
                        @SchemaProperty(
                            name = "comment",
                            type = SchemaType.STRING,
                            description = "What changed"),
                        @SchemaProperty(
                            name = "TITLE_DEED",
                            type = SchemaType.STRING,
                            format = "binary",
                            description =
                                "A document; file parts are named after their document type")
                      })))
  public AssetSummary resubmit(@PathParam("id") String id, List<EntityPart> parts)
      throws IOException {
    MultipartForm<DocumentType> form = form(parts);
    return submissions.resubmit(
        Callers.actor(security), id, form.field("comment"), documents(form));
  }

  /** The originator's dashboard: my assets, where each stands, what waits on me. */
  @GET
  @Path("/dashboard")
  @RolesAllowed("ORIGINATOR")
  @Operation(summary = "The originator's dashboard: my assets, where each stands, what waits on me")
  public Dashboard dashboard() {
    return queries.dashboard(Callers.actor(security));
  }

  /** The asset's process: model version, active and visited elements, timeline. */
  @GET
  @Path("/{id}/process")
  @Operation(
      summary = "Read the asset's process: model version, active and visited elements, timeline")
  public ProcessView process(@PathParam("id") String id) {
    return queries
        .process(Callers.actor(security), id)
        .orElseThrow(() -> new NotFoundException(String.format(NOT_FOUND, id)));
  }

  private MultipartForm<DocumentType> form(List<EntityPart> parts) throws IOException {
    return MultipartForm.read(parts, DocumentType.class, settings.maxUploadBytes());
  }

  private static List<DocumentUpload> documents(MultipartForm<DocumentType> form) {
    return form.files().stream()
        .map(f -> new DocumentUpload(f.fileName(), f.type(), f.content()))
        .toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Read one asset with its documents and decisions")
  public AssetDetails get(@PathParam("id") String id) {
    return queries
        .asset(Callers.actor(security), id)
        .orElseThrow(() -> new NotFoundException(String.format(NOT_FOUND, id)));
  }

  @GET
  @Path("/{id}/documents/{documentId}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download one document of an asset")
  @APIResponse(
      responseCode = "200",
      description = "The document, in its own media type",
      content =
          @Content(
              mediaType = "*/*",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response document(@PathParam("id") String id, @PathParam("documentId") String documentId) {
    var document =
        queries
            .document(Callers.actor(security), id, documentId)
            .orElseThrow(() -> new NotFoundException("No such document."));
    return Downloads.document(document.content(), document.mediaType(), document.fileName());
  }

  @GET
  @Path("/{id}/certificate")
  @Produces("application/pdf")
  @Operation(summary = "Download the asset's issuance certificate (PDF)")
  @APIResponse(
      responseCode = "200",
      description = "The certificate",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response certificate(@PathParam("id") String id) {
    byte[] pdf = certificates.certificate(Callers.actor(security), id);
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", Downloads.attachment("issuance-certificate-" + id + ".pdf"))
        .build();
  }
}
