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
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cornerstone.origination.application.AssetDetails;
import org.cornerstone.origination.application.AssetQueries;
import org.cornerstone.origination.application.AssetSubmissionService;
import org.cornerstone.origination.application.AssetSummary;
import org.cornerstone.origination.application.DocumentUpload;
import org.cornerstone.origination.application.IssuanceCertificateService;
import org.cornerstone.origination.application.SubmitRealEstateAsset;
import org.cornerstone.origination.domain.DocumentType;
import org.cornerstone.party.domain.Actor;
import org.cornerstone.party.domain.Role;
import org.cornerstone.platform.Settings;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.ValidationException;

/** Assets: submit (multipart form), list, read, download documents and the issuance certificate. */
@Path("/assets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ORIGINATOR", "TRUSTEE", "COMPLIANCE", "ADMIN"})
public class AssetResource {
  static final String NOT_FOUND = "No asset %s that you can see.";
  static final String UNKNOWN_PART = "Unknown form field '%s'.";

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
   * Form fields {@code title, address, jurisdiction, appraisedValue, currency, tokensToIssue,
   * submissionKey}; file parts are named after their document type ({@code TITLE_DEED}, {@code
   * APPRAISAL_REPORT}, {@code INSURANCE_CERTIFICATE}, {@code OTHER}).
   */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed("ORIGINATOR")
  public Response submit(List<EntityPart> parts) throws IOException {
    Map<String, String> fields = new HashMap<>();
    List<DocumentUpload> documents = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (EntityPart part : parts) {
      if (part.getFileName().isPresent()) {
        DocumentType type = documentType(part.getName(), problems);
        documents.add(
            new DocumentUpload(
                part.getFileName().get(), type, read(part, settings.maxUploadBytes())));
      } else {
        fields.put(part.getName(), part.getContent(String.class));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    AssetSummary created =
        submissions.submit(
            Callers.actor(security),
            new SubmitRealEstateAsset(
                fields.get("submissionKey"),
                fields.get("title"),
                fields.get("address"),
                fields.get("jurisdiction"),
                fields.get("appraisedValue"),
                fields.get("currency"),
                fields.get("tokensToIssue"),
                documents));
    return Response.created(URI.create("/api/assets/" + created.id())).entity(created).build();
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

  private static DocumentType documentType(String partName, List<String> problems) {
    try {
      return DocumentType.valueOf(partName);
    } catch (IllegalArgumentException | NullPointerException e) {
      problems.add(String.format(UNKNOWN_PART, partName));
      return null;
    }
  }

  /**
   * Reads at most one byte more than the limit, so an oversized file is refused without being kept.
   */
  private static byte[] read(EntityPart part, long limit) throws IOException {
    try (InputStream in = part.getContent()) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    }
  }
}
