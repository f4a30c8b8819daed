package org.cornerstone.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.cornerstone.financing.application.DiscountPriceView;
import org.cornerstone.financing.application.DiscountView;
import org.cornerstone.financing.application.Discounts;
import org.cornerstone.financing.application.ExposureView;
import org.cornerstone.financing.application.QuoteTerms;
import org.cornerstone.shared.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Discounting payable certificates at a financier (issue 22): the holder's requests and offers, the
 * financier's inbox, quotes, exposure per obligor and limits. Amounts are whole minor units of face
 * value (one certificate token = one minor unit); rates are annual decimals as strings ({@code
 * "0.0350"} = 3.50 %), fees a flat amount in minor units plus basis points of face.
 */
@Path("/discounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supply-chain finance")
public class DiscountResource {
  static final Pattern DECIMAL = Pattern.compile("\\d{1,5}(\\.\\d{1,8})?");

  @Inject Discounts discounts;
  @Context SecurityContext security;

  @GET
  @RolesAllowed({"SUPPLIER", "FINANCIER"})
  @Operation(summary = "The caller's discount requests: a holder's own, or a financier's inbox")
  public List<DiscountView> list() {
    return discounts.mine(Callers.actor(security));
  }

  @POST
  @RolesAllowed("SUPPLIER")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Ask a financier to discount (part of) a certificate the organisation holds")
  public Response request(RequestJson body) {
    RequestJson b = body == null ? new RequestJson(null, null, 0) : body;
    DiscountView created =
        discounts.request(Callers.actor(security), b.certificateId(), b.financier(), b.faceMinor());
    return Response.created(UriBuilder.fromPath("discounts/{id}").build(created.id()))
        .entity(created)
        .build();
  }

  @GET
  @Path("/exposure")
  @RolesAllowed("FINANCIER")
  @Operation(summary = "The financier's exposure per obligor and currency, with its limits")
  public List<ExposureView> exposure() {
    return discounts.exposure(Callers.actor(security));
  }

  @PUT
  @Path("/limits/{obligor}/{currency}")
  @RolesAllowed("FINANCIER")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set the financier's limit on an obligor (face value, minor units)")
  public ExposureView setLimit(
      @PathParam("obligor") String obligor,
      @PathParam("currency") String currency,
      LimitJson body) {
    if (body == null || body.limitMinor() == null) {
      throw new ValidationException("Send limitMinor: the limit in minor units of face value.");
    }
    return discounts.setLimit(Callers.actor(security), obligor, currency, body.limitMinor());
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({"SUPPLIER", "FINANCIER"})
  @Operation(summary = "Read one discount request (its holder or its financier)")
  public DiscountView one(@PathParam("id") String id) {
    return discounts.request(Callers.actor(security), id);
  }

  @POST
  @Path("/{id}/price")
  @RolesAllowed("FINANCIER")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Compute the price a quote would pay if accepted today (changes nothing)")
  public DiscountPriceView price(@PathParam("id") String id, QuoteJson body) {
    discounts.request(Callers.actor(security), id);
    QuoteJson q = body == null ? QuoteJson.EMPTY : body;
    return discounts.preview(
        Callers.actor(security),
        id,
        rate(q.annualRate()),
        q.flatFeeMinor() == null ? 0 : q.flatFeeMinor(),
        bps(q.feeBps()));
  }

  @POST
  @Path("/{id}/quote")
  @RolesAllowed("FINANCIER")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Quote an annual discount rate and fees, valid until expiresAt")
  public DiscountView quote(@PathParam("id") String id, QuoteJson body) {
    discounts.request(Callers.actor(security), id);
    QuoteJson q = body == null ? QuoteJson.EMPTY : body;
    Instant expires;
    try {
      expires = q.expiresAt() == null ? null : Instant.parse(q.expiresAt());
    } catch (DateTimeParseException e) {
      throw new ValidationException(
          "expiresAt must be an ISO-8601 instant such as 2027-01-04T10:00:00Z.");
    }
    return discounts.quote(
        Callers.actor(security),
        id,
        new QuoteTerms(
            rate(q.annualRate()),
            q.flatFeeMinor() == null ? 0 : q.flatFeeMinor(),
            bps(q.feeBps()),
            expires));
  }

  @POST
  @Path("/{id}/decline")
  @RolesAllowed("FINANCIER")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Decline a request (or withdraw a quote) with a reason")
  public DiscountView decline(@PathParam("id") String id, DeclineJson body) {
    discounts.request(Callers.actor(security), id);
    return discounts.decline(Callers.actor(security), id, body == null ? null : body.reason());
  }

  @POST
  @Path("/{id}/acceptance")
  @RolesAllowed("SUPPLIER")
  @Operation(summary = "Accept the quote: one DvP, the certificate to the bank, cash to the holder")
  public DiscountView accept(@PathParam("id") String id) {
    return discounts.accept(Callers.actor(security), id);
  }

  @POST
  @Path("/{id}/withdrawal")
  @RolesAllowed("SUPPLIER")
  @Operation(summary = "Withdraw the request (or turn the quote down)")
  public DiscountView withdraw(@PathParam("id") String id) {
    return discounts.withdraw(Callers.actor(security), id);
  }

  private static BigDecimal rate(String text) {
    if (text == null) {
      return null;
    }
    if (!DECIMAL.matcher(text).matches()) {
      throw new ValidationException(
          "annualRate must be a plain decimal such as \"0.0350\" (3.50 % a year).");
    }
    return new BigDecimal(text);
  }

  private static BigDecimal bps(String text) {
    if (text == null || text.isEmpty()) {
      return BigDecimal.ZERO;
    }
    if (!DECIMAL.matcher(text).matches()) {
      throw new ValidationException("feeBps must be a plain decimal such as \"5\" or \"2.5\".");
    }
    return new BigDecimal(text);
  }

  /** A request to discount {@code faceMinor} minor units of face value. */
  public record RequestJson(String certificateId, String financier, long faceMinor) {}

  /** A quote (or the terms to price). */
  public record QuoteJson(String annualRate, Long flatFeeMinor, String feeBps, String expiresAt) {
    static final QuoteJson EMPTY = new QuoteJson(null, null, null, null);
  }

  public record DeclineJson(String reason) {}

  public record LimitJson(Long limitMinor) {}
}
