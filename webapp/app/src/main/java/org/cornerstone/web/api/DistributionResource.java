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
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.cornerstone.platform.Settings;
import org.cornerstone.servicing.application.CollectionReport;
import org.cornerstone.servicing.application.DistributionService;
import org.cornerstone.servicing.application.DistributionSummary;
import org.cornerstone.servicing.application.DistributionView;
import org.cornerstone.servicing.application.HeldEntitlementRelease;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.shared.documents.FileUpload;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Distributions (issue 13): the servicer reports a collection, servicers and trustees read the
 * distribution with its entitlement table (the trustees decide in the review inbox, {@code
 * /api/tasks}); investors read their income at {@code /api/income} ({@link IncomeResource}).
 */
@Path("/distributions")
@Produces(MediaType.APPLICATION_JSON)
public class DistributionResource {
  static final String DATE_INVALID = "%s must be a date such as 2026-11-30.";
  static final String ONE_EVIDENCE = "Send exactly one evidence file (part name EVIDENCE).";

  /** The one kind of file a collection report carries. */
  enum Part {
    EVIDENCE
  }

  @Inject DistributionService distributions;
  @Inject HeldEntitlementRelease releases;
  @Inject Settings settings;
  @Context SecurityContext security;

  /**
   * Form fields {@code instrumentId, period, grossAmount, costs, recordDate, paymentDate} (dates as
   * {@code 2026-11-30}); one file part named {@code EVIDENCE} (the rent roll or royalty statement,
   * PDF, PNG or JPEG).
   */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed({"SERVICER", "ORIGINATOR"})
  @Operation(summary = "Report a collection (servicer): starts its distribution")
  public Response report(List<EntityPart> parts) throws IOException {
    MultipartForm<Part> form = MultipartForm.read(parts, Part.class, settings.maxUploadBytes());
    List<String> problems = new ArrayList<>();
    LocalDate recordDate = date("recordDate", form.field("recordDate"), problems);
    LocalDate paymentDate = date("paymentDate", form.field("paymentDate"), problems);
    if (form.files().size() > 1) {
      problems.add(ONE_EVIDENCE);
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    FileUpload evidence = null;
    if (form.files().size() == 1) {
      var file = form.files().get(0);
      evidence = new Upload(file.fileName(), file.content());
    }
    String id =
        distributions.report(
            Callers.actor(security),
            new CollectionReport(
                form.field("instrumentId"),
                form.field("period"),
                form.field("grossAmount"),
                form.field("costs"),
                recordDate,
                paymentDate,
                evidence));
    DistributionView view = distributions.require(Callers.actor(security), id);
    return Response.created(UriBuilder.fromPath("/api/distributions/{id}").build(id))
        .entity(view)
        .build();
  }

  @GET
  @RolesAllowed({"SERVICER", "ORIGINATOR", "TRUSTEE", "SENIOR_TRUSTEE", "ADMIN"})
  @Operation(summary = "List the distributions the caller may see")
  public List<DistributionSummary> list() {
    return distributions.distributions(Callers.actor(security));
  }

  /** The distribution with its entitlement table (once computed). */
  @GET
  @Path("/{id}")
  @RolesAllowed({"SERVICER", "ORIGINATOR", "TRUSTEE", "SENIOR_TRUSTEE", "ADMIN"})
  @Operation(summary = "Read one distribution with its entitlement table")
  public DistributionView distribution(@PathParam("id") String id) {
    return distributions.require(Callers.actor(security), id);
  }

  @GET
  @Path("/{id}/evidence")
  @RolesAllowed({"SERVICER", "ORIGINATOR", "TRUSTEE", "SENIOR_TRUSTEE", "ADMIN"})
  @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
  @Operation(summary = "Download the evidence of a collection")
  public Response evidence(@PathParam("id") String id) {
    var document =
        distributions
            .evidence(Callers.actor(security), id)
            .orElseThrow(() -> new NotFoundException("No such distribution: " + id));
    return Downloads.document(document.content(), document.mediaType(), document.fileName());
  }

  /** Body of a release: the holder's X.500 name as the entitlement table shows it. */
  public record ReleaseRequest(String holder) {}

  /**
   * A trustee releases a held entitlement (the holder's tokens were frozen at the record date) once
   * the registrar has unfrozen the holding: it is paid in cash tokens once; a second release
   * answers the first payment ({@code paidNow: false}). 409 while the holding is still frozen.
   */
  @POST
  @Path("/{id}/releases")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"TRUSTEE", "SENIOR_TRUSTEE"})
  @Operation(summary = "Release a held entitlement after the holding was unfrozen (trustee)")
  public HeldEntitlementRelease.Release release(
      @PathParam("id") String id, ReleaseRequest request) {
    return releases.release(Callers.actor(security), id, request == null ? null : request.holder());
  }

  private static LocalDate date(String name, String text, List<String> problems) {
    if (text == null || text.isBlank()) {
      return null; // the service names missing dates
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(String.format(DATE_INVALID, name));
      return null;
    }
  }

  private record Upload(String fileName, byte[] content) implements FileUpload {}
}
