package org.cornerstone.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

/** Assets: submit (multipart form), list, read, download documents and the issuance certificate. */
@Path("/assets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ORIGINATOR", "TRUSTEE", "SENIOR_TRUSTEE", "COMPLIANCE", "LEGAL", "VALUER", "ADMIN"})
public class AssetResource {
  static final String NOT_FOUND = "No asset %s that you can see.";
  static final String UNKNOWN_KIND = "Unknown asset kind '%s': use REAL_ESTATE or COPYRIGHT.";

  @Inject AssetSubmissionService submissions;
  @Inject AssetQueries queries;
  @Inject IssuanceCertificateService certificates;
  @Inject Settings settings;
  @Context SecurityContext security;

  @GET
  public List<AssetSummary> list(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    Actor actor = Callers.actor(security);
    return actor.has(Role.ORIGINATOR) && !actor.has(Role.ADMIN)
        ? queries.myAssets(actor)
        : queries.allAssets(actor, Math.max(0, offset), Math.max(1, limit));
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
    return Response.created(URI.create("/api/assets/" + created.id())).entity(created).build();
  }

  /**
   * The originator's resubmission after a send-back: form field {@code comment}, file parts named
   * after their document type.
   */
  @POST
  @Path("/{id}/resubmission")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed("ORIGINATOR")
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
  public Dashboard dashboard() {
    return queries.dashboard(Callers.actor(security));
  }

  /** The asset's process: model version, active and visited elements, timeline. */
  @GET
  @Path("/{id}/process")
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
  public AssetDetails get(@PathParam("id") String id) {
    return queries
        .asset(Callers.actor(security), id)
        .orElseThrow(() -> new NotFoundException(String.format(NOT_FOUND, id)));
  }

  @GET
  @Path("/{id}/documents/{documentId}")
  @Produces(MediaType.WILDCARD)
  public Response document(@PathParam("id") String id, @PathParam("documentId") String documentId) {
    var document =
        queries
            .document(Callers.actor(security), id, documentId)
            .orElseThrow(() -> new NotFoundException("No such document."));
    return Response.ok(document.content(), document.mediaType())
        .header("Content-Disposition", Downloads.attachment(document.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @GET
  @Path("/{id}/certificate")
  @Produces("application/pdf")
  public Response certificate(@PathParam("id") String id) {
    byte[] pdf = certificates.certificate(Callers.actor(security), id);
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", Downloads.attachment("issuance-certificate-" + id + ".pdf"))
        .build();
  }
}
