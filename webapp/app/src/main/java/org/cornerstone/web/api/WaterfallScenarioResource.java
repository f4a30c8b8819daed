package org.cornerstone.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cornerstone.securitization.application.WaterfallScenarios;
import org.cornerstone.shared.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Runs a deal's waterfall for an analyst (issue 14), without the UI and without storing anything:
 * the same engine and input formats as the command line (docs/securitization/deal-file.md).
 */
@Path("/waterfall/scenarios")
public class WaterfallScenarioResource {
  static final String BAD_FORMAT = "Query parameter 'format' must be json or csv.";

  @Inject WaterfallScenarios scenarios;

  /**
   * The body: {@code deal} (the deal file), then either {@code collections} (an array of period
   * collections) or {@code tape} (a loan tape as CSV text, projected with {@code cpr}, {@code cdr}
   * as decimal strings and at most {@code periods} payment periods).
   */
  public record ScenarioJson(
      JsonNode deal, JsonNode collections, String tape, String cpr, String cdr, Integer periods) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  @RolesAllowed({"STRUCTURER", "TRUSTEE", "SENIOR_TRUSTEE", "SERVICER", "AUDITOR"})
  @Operation(
      summary = "Run a deal's waterfall on given collections or on a projected loan tape",
      description =
          "Nothing is stored. Answers every period: collections, pool balance and factor, fees,"
              + " tranche interest and principal (due, paid, shortfall, balance), the reserve,"
              + " every trigger's value against its threshold, and the step log. Amounts are"
              + " decimal strings in the deal's currency; interest rounds half-even to the minor"
              + " unit.")
  @APIResponse(responseCode = "200", description = "The periods, as JSON or CSV")
  @APIResponse(
      responseCode = "400",
      description =
          "A field missing or contradictory, or the deal file, collections or tape"
              + " refused: the message names the place (deal.tranches[1].balance, tape: line 3 …)",
      content = @Content(mediaType = "application/problem+json"))
  public Response run(
      ScenarioJson body,
      @Parameter(description = "json (default) or csv") @QueryParam("format") String format) {
    boolean csv = "csv".equals(format);
    if (format != null && !csv && !"json".equals(format)) {
      throw new ValidationException(BAD_FORMAT);
    }
    if (body == null) {
      throw new ValidationException(
          "The body must be a JSON object with 'deal' and either 'collections' or 'tape'.");
    }
    WaterfallScenarios.Outcome outcome =
        scenarios.run(
            new WaterfallScenarios.Scenario(
                text(body.deal()),
                text(body.collections()),
                body.tape(),
                body.cpr(),
                body.cdr(),
                body.periods()));
    return csv
        ? Downloads.document(
            outcome.csv(), "text/csv; charset=UTF-8", outcome.dealId() + "-waterfall.csv")
        : Response.ok(outcome.json(), MediaType.APPLICATION_JSON).build();
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.toString();
  }
}
