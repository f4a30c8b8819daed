package org.cornerstone.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import org.cornerstone.reporting.application.PerformanceReportService;
import org.cornerstone.web.api.StatementResource.ReportFiles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The trustee's asset performance report of an instrument: {@code GET
 * /api/performance-reports/<instrumentId>.pdf} or {@code .csv} (language as for statements).
 */
@Path("/performance-reports")
@RolesAllowed({"TRUSTEE", "SENIOR_TRUSTEE", "ADMIN"})
public class PerformanceReportResource {
  @Inject PerformanceReportService reports;
  @Context SecurityContext security;
  @Context HttpHeaders headers;

  @GET
  @Path("/{file}")
  @Operation(summary = "Download an asset performance report (PDF or CSV)")
  public Response report(@PathParam("file") String file, @QueryParam("lang") String lang) {
    String format = ReportFiles.format(file);
    String instrumentId = ReportFiles.name(file);
    var actor = Callers.actor(security);
    String name = "performance-" + instrumentId + "." + format;
    if (format.equals("pdf")) {
      return Response.ok(
              reports.pdf(actor, instrumentId, ReportFiles.language(lang, headers)),
              "application/pdf")
          .header("Content-Disposition", Downloads.attachment(name))
          .build();
    }
    return Response.ok(
            reports.csv(actor, instrumentId).getBytes(StandardCharsets.UTF_8),
            "text/csv; charset=UTF-8")
        .header("Content-Disposition", Downloads.attachment(name))
        .build();
  }
}
