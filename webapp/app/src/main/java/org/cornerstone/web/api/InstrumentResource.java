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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.cornerstone.registry.application.InstrumentView;
import org.cornerstone.registry.application.RuleChangeView;
import org.cornerstone.registry.application.RuleSetVersionView;
import org.cornerstone.registry.application.RuleSetView;
import org.cornerstone.registry.application.TransferCheckAnswer;
import org.cornerstone.registry.application.TransferChecks;
import org.cornerstone.registry.application.TransferRuleService;
import org.cornerstone.registry.controls.application.InstrumentPauses;
import org.cornerstone.registry.controls.application.PauseView;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Instruments, their transfer rules (current, history, proposed changes) and the pre-transfer
 * check. A proposed change is decided by a trustee through {@code /api/tasks} (process {@code
 * transfer-rules-change}).
 */
@Path("/instruments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Instruments")
public class InstrumentResource {
  static final String QUANTITY_FORMAT = "Give quantity as a whole number of at least 1.";

  @Inject TransferRuleService rules;
  @Inject TransferChecks checks;
  @Inject InstrumentPauses pauses;
  @Context SecurityContext security;

  /** The body of a proposal: the whole new rule set and why. */
  public record Proposal(ProposedRules rules, String reason) {}

  /**
   * A proposed rule set as the API reads it: the fields of {@link RuleSetView} without the version
   * (the next one is assigned); a field left out is no restriction.
   */
  public record ProposedRules(
      List<String> eligibleCategories,
      List<String> allowedCountries,
      List<String> deniedCountries,
      Integer maxHolders,
      Long minHolding,
      Long maxHolding,
      java.time.Instant lockedUntil,
      String holdingPeriod,
      Boolean tradingHalted) {
    RuleSetView view() {
      return new RuleSetView(
          0,
          eligibleCategories,
          allowedCountries,
          deniedCountries,
          maxHolders,
          minHolding,
          maxHolding,
          lockedUntil,
          holdingPeriod,
          Boolean.TRUE.equals(tradingHalted));
    }
  }

  /** An instrument's rule set now, and every version before. */
  public record RulesJson(RuleSetView current, List<RuleSetVersionView> history) {}

  @GET
  @RolesAllowed({"REGISTRAR", "TRUSTEE", "ADMIN"})
  @Operation(summary = "List the instruments")
  public List<InstrumentView> instruments() {
    return rules.instruments(Callers.actor(security));
  }

  @GET
  @Path("/{id}/rules")
  @RolesAllowed({"REGISTRAR", "TRUSTEE", "ADMIN"})
  @Operation(summary = "Read an instrument's transfer rules now and every version before")
  public RulesJson rules(@PathParam("id") String id) {
    List<RuleSetVersionView> history = rules.history(Callers.actor(security), id);
    RuleSetView current = rules.currentView(id).orElseThrow(() -> new NotFoundException(id));
    return new RulesJson(current, history);
  }

  @GET
  @Path("/{id}/rules/changes")
  @RolesAllowed({"REGISTRAR", "TRUSTEE", "ADMIN"})
  @Operation(summary = "List the proposed changes of an instrument's transfer rules")
  public List<RuleChangeView> changes(@PathParam("id") String id) {
    return rules.changes(Callers.actor(security), id);
  }

  @POST
  @Path("/{id}/rules/changes")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"REGISTRAR"})
  @Operation(summary = "Propose a new rule set (decided by a trustee through the tasks)")
  @APIResponse(
      responseCode = "201",
      description = "Proposed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RuleChangeView.class)))
  public Response propose(@PathParam("id") String id, Proposal proposal) {
    if (proposal == null) {
      throw new ValidationException("Give {\"rules\": {...}, \"reason\": \"...\"}.");
    }
    RuleChangeView change =
        rules.propose(
            Callers.actor(security),
            id,
            proposal.rules() == null ? null : proposal.rules().view(),
            proposal.reason());
    return Response.created(URI.create("instruments/" + id + "/rules/changes"))
        .entity(change)
        .build();
  }

  /**
   * Would this transfer be allowed now? {@code from} and {@code to} are usernames (their
   * organisations hold on the ledger; their eligibility is the registrar's record of them).
   */
  @GET
  @Path("/{id}/transfer-check")
  @RolesAllowed({
    "INVESTOR",
    "ORIGINATOR",
    "REGISTRAR",
    "TRUSTEE",
    "SENIOR_TRUSTEE",
    "COMPLIANCE",
    "SETTLEMENT_BANK",
    "ADMIN"
  })
  @Operation(summary = "Check whether a transfer would be allowed now")
  public TransferCheckAnswer check(
      @PathParam("id") String id,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("quantity") String quantity) {
    long q;
    try {
      q = org.cornerstone.shared.Amounts.integer(quantity);
    } catch (org.cornerstone.shared.Amounts.AmountException e) {
      throw new ValidationException(QUANTITY_FORMAT);
    }
    TransferCheckAnswer answer = checks.check(Callers.actor(security), id, from, to, q);
    // a pause by the registrar (issuer-agent control) refuses every transfer, whatever the rules
    return pauses
        .pause(id)
        .filter(PauseView::paused)
        .map(
            p -> {
              List<TransferCheckAnswer.Reason> reasons = new ArrayList<>();
              reasons.add(
                  new TransferCheckAnswer.Reason(
                      InstrumentPauses.INSTRUMENT_PAUSED,
                      "The registrar paused the instrument: " + p.reason(),
                      "登记机构已暂停该资产的转让：" + p.reason()));
              reasons.addAll(answer.reasons());
              return new TransferCheckAnswer(false, answer.ruleSetVersion(), reasons);
            })
        .orElse(answer);
  }
}
