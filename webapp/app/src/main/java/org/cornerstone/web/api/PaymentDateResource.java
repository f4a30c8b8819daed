package org.cornerstone.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.cornerstone.securitization.application.PaymentDateView;
import org.cornerstone.securitization.application.PaymentDates;
import org.cornerstone.securitization.application.ServicerReport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Payment dates of a closed deal (issue 14): the deal's servicer submits the next period's servicer
 * report (collections and delinquency buckets), which runs the waterfall and puts it before a
 * trustee; once approved the tranche holders are paid at the record date and the investor report
 * (PDF, English or Chinese) can be downloaded. Trustees, the structurer and auditors read them.
 */
@Path("/deals/{id}/payment-dates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"SERVICER", "TRUSTEE", "SENIOR_TRUSTEE", "STRUCTURER", "AUDITOR", "ADMIN"})
@Tag(name = "Securitization payment dates")
public class PaymentDateResource {
  @Inject PaymentDates paymentDates;
  @Inject org.cornerstone.securitization.application.TapeReports tapeReports;
  @Context SecurityContext security;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "The deal's payment dates, period 1 first")
  public List<PaymentDateView> list(@PathParam("id") String dealId) {
    return paymentDates.list(Callers.actor(security), dealId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("SERVICER")
  @Operation(
      summary =
          "Submit the servicer report of the deal's next period: runs the waterfall from the"
              + " previous period's state and puts it before a trustee")
  @APIResponse(
      responseCode = "201",
      description = "Created; the waterfall ran and waits for the trustee",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PaymentDateView.class)))
  @APIResponse(
      responseCode = "400",
      description = "A bad amount, or not the deal's next period",
      content =
          @Content(
              mediaType = ApiError.PROBLEM_JSON,
              schema = @Schema(implementation = ApiError.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The period was submitted already, the previous one is not paid yet, or the deal is"
              + " not closed",
      content =
          @Content(
              mediaType = ApiError.PROBLEM_JSON,
              schema = @Schema(implementation = ApiError.class)))
  public Response submit(@PathParam("id") String dealId, ServicerReport report) {
    PaymentDateView view = paymentDates.submit(Callers.actor(security), dealId, report);
    return Response.created(
            UriBuilder.fromPath("deals/{id}/payment-dates/{period}").build(dealId, view.period()))
        .entity(view)
        .build();
  }

  @GET
  @Path("/next/from-tape")
  @Operation(
      summary =
          "The servicer report the deal's loan tape suggests for the next period: scheduled"
              + " interest and principal (no prepayment, no default) and delinquency buckets from"
              + " the loans' statuses; 404 when the deal has no tape or no period to report")
  public ServicerReport fromTape(@PathParam("id") String dealId) {
    return tapeReports
        .suggested(Callers.actor(security), dealId)
        .orElseThrow(
            () ->
                new org.cornerstone.shared.NotFoundException(
                    "Deal " + dealId + " has no loan tape or no period to report now."));
  }

  @GET
  @Path("/{period}")
  @Operation(
      summary =
          "One payment date: the servicer report, the waterfall (tranches, fees, triggers, step"
              + " log), status, record date and payment transactions")
  public PaymentDateView one(@PathParam("id") String dealId, @PathParam("period") String period) {
    return paymentDates.one(Callers.actor(security), dealId, number(dealId, period));
  }

  @GET
  @Path("/{period}/report")
  @Produces("application/pdf")
  @Operation(
      summary =
          "The investor report (PDF) over every period up to this one, ?lang=en or zh; once the"
              + " trustee approved the period's waterfall")
  @APIResponse(
      responseCode = "200",
      description = "The investor report",
      content = @Content(mediaType = "application/pdf"))
  @APIResponse(
      responseCode = "409",
      description = "The trustee has not approved the period's waterfall yet",
      content =
          @Content(
              mediaType = ApiError.PROBLEM_JSON,
              schema = @Schema(implementation = ApiError.class)))
  public Response report(
      @PathParam("id") String dealId,
      @PathParam("period") String period,
      @QueryParam("lang") String lang) {
    int n = number(dealId, period);
    byte[] pdf =
        paymentDates.investorReport(
            Callers.actor(security),
            dealId,
            n,
            StatementResource.ReportFiles.language(lang, headers));
    return Response.ok(pdf, "application/pdf")
        .header(
            "Content-Disposition",
            Downloads.attachment("investor-report-" + dealId + "-P" + n + ".pdf"))
        .build();
  }

  private static int number(String dealId, String period) {
    try {
      return Integer.parseInt(period);
    } catch (NumberFormatException e) {
      throw new org.cornerstone.shared.NotFoundException(
          "Deal " + dealId + " has no payment date for period " + period + ".");
    }
  }
}
