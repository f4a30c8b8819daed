package org.cornerstone.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.cornerstone.cash.application.CashBalance;
import org.cornerstone.cash.application.CashOverview;
import org.cornerstone.cash.application.CashRequestForm;
import org.cornerstone.cash.application.CashRequestView;
import org.cornerstone.cash.application.CashService;
import org.cornerstone.cash.domain.CashAmounts;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The investor's cash: deposits and withdrawals at the settlement bank, balances and history. The
 * bank's pending confirmations are tasks in the review inbox ({@code /api/tasks}). A request is
 * made once per idempotency key: the {@code Idempotency-Key} header or the body's {@code
 * requestKey}.
 */
@Path("/cash")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"INVESTOR", "DEBTOR", "SUPPLIER", "FINANCIER"})
@Tag(name = "Cash")
public class CashResource {
  static final String BODY_REQUIRED =
      "Send a JSON body with amount (e.g. \"1250.50\"), currency (CNY, USD or HKD) and reference.";

  @Inject CashService cash;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "The investor's cash: balances and history")
  public OverviewJson overview() {
    return OverviewJson.of(cash.overview(Callers.actor(security)));
  }

  @GET
  @Path("/requests/{id}")
  @Operation(summary = "Read one deposit or withdrawal")
  public CashRequestView request(@PathParam("id") String id) {
    return cash.request(Callers.actor(security), id)
        .orElseThrow(() -> new NotFoundException("No such deposit or withdrawal: " + id));
  }

  @POST
  @Path("/deposits")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Request a deposit (idempotent by Idempotency-Key or requestKey)")
  @APIResponse(
      responseCode = "201",
      description = "Requested; Location names the request",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CashRequestView.class)))
  public Response deposit(RequestJson body, @HeaderParam("Idempotency-Key") String key) {
    return created(cash.requestDeposit(Callers.actor(security), form(body, key)));
  }

  @POST
  @Path("/withdrawals")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Request a withdrawal (idempotent by Idempotency-Key or requestKey)")
  @APIResponse(
      responseCode = "201",
      description = "Requested; Location names the request",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CashRequestView.class)))
  public Response withdraw(RequestJson body, @HeaderParam("Idempotency-Key") String key) {
    return created(cash.requestWithdrawal(Callers.actor(security), form(body, key)));
  }

  private static Response created(CashRequestView view) {
    return Response.created(UriBuilder.fromPath("cash/requests/{id}").build(view.id()))
        .entity(view)
        .build();
  }

  private static CashRequestForm form(RequestJson body, String headerKey) {
    if (body == null) {
      throw new ValidationException(BODY_REQUIRED);
    }
    String key =
        body.requestKey() != null && !body.requestKey().isBlank() ? body.requestKey() : headerKey;
    return new CashRequestForm(body.amount(), body.currency(), body.reference(), key);
  }

  /** A deposit or withdrawal as sent: the amount as a decimal string. */
  public record RequestJson(String amount, String currency, String reference, String requestKey) {}

  /** One currency: amounts as decimal strings and in minor units. */
  public record BalanceJson(
      String currency,
      String balance,
      String reserved,
      String available,
      long balanceMinor,
      long reservedMinor,
      long availableMinor) {
    static BalanceJson of(CashBalance b) {
      return new BalanceJson(
          b.currency(),
          plain(b.balanceMinor(), b.currency()),
          plain(b.reservedMinor(), b.currency()),
          plain(b.availableMinor(), b.currency()),
          b.balanceMinor(),
          b.reservedMinor(),
          b.availableMinor());
    }

    private static String plain(long minor, String currency) {
      return CashAmounts.format(minor, currency).replace(",", "");
    }
  }

  public record OverviewJson(
      String holder, List<BalanceJson> balances, List<CashRequestView> history) {
    static OverviewJson of(CashOverview o) {
      return new OverviewJson(
          o.holder(), o.balances().stream().map(BalanceJson::of).toList(), o.history());
    }
  }
}
