package org.cornerstone.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.net.URI;
import java.util.List;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.trading.application.Market;
import org.cornerstone.trading.application.MarketParameterDesk;
import org.cornerstone.trading.application.MarketParametersView;
import org.cornerstone.trading.application.MarketSummary;
import org.cornerstone.trading.application.MarketView;
import org.cornerstone.trading.application.OrderEvent;
import org.cornerstone.trading.application.OrderPreCheck;
import org.cornerstone.trading.application.OrderTicket;
import org.cornerstone.trading.application.OrderView;
import org.cornerstone.trading.application.ParameterChangeRequest;
import org.cornerstone.trading.application.ReconciliationReport;
import org.cornerstone.trading.application.TradeView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The secondary market (issue 12): markets and books, order entry, the caller's orders and trades,
 * market operations for trustees, and a server-sent event stream of book changes.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  "INVESTOR",
  "TRUSTEE",
  "SENIOR_TRUSTEE",
  "REGISTRAR",
  "COMPLIANCE",
  "ADMIN",
  "ORIGINATOR",
  "SETTLEMENT_BANK"
})
@Tag(name = "Market")
public class MarketResource {
  @Inject Market market;
  @Inject MarketParameterDesk parameters;
  @Context SecurityContext security;

  /** The body of an amendment: new price (decimal text) and new open quantity. */
  public record AmendRequest(String price, Long quantity) {}

  /** The body of a halt or a cancel-all. */
  public record ReasonRequest(String reason) {}

  @GET
  @Path("market")
  @Operation(summary = "List the markets")
  public List<MarketSummary> markets() {
    return market.markets(Callers.actor(security));
  }

  @GET
  @Path("market/{instrumentId}")
  @Operation(
      summary = "Read a market: its book to the given depth (default 10), last trades, status")
  public MarketView view(
      @PathParam("instrumentId") String instrumentId, @QueryParam("depth") Integer depth) {
    return market.market(Callers.actor(security), instrumentId, depth == null ? 10 : depth);
  }

  /**
   * Server push: one event {@code market-changed} (data: the instrument id) per committed change.
   */
  @GET
  @Path("market/{instrumentId}/events")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(summary = "Subscribe to a market's changes (server-sent events market-changed)")
  @APIResponse(
      responseCode = "200",
      description = "A stream of market-changed events; data: the instrument id",
      content =
          @Content(
              mediaType = MediaType.SERVER_SENT_EVENTS,
              schema = @Schema(type = SchemaType.STRING)))
  public void events(
      @PathParam("instrumentId") String instrumentId,
      @Context SseEventSink sink,
      @Context Sse sse) {
    market.market(Callers.actor(security), instrumentId, 1);
    AutoCloseable[] subscription = new AutoCloseable[1];
    subscription[0] =
        market.subscribe(
            instrumentId,
            changed -> {
              if (sink.isClosed()) {
                close(subscription[0]);
                return;
              }
              sink.send(sse.newEvent("market-changed", changed.instrumentId()))
                  .whenComplete(
                      (ok, error) -> {
                        if (error != null) {
                          close(subscription[0]);
                        }
                      });
            });
    sink.send(sse.newEvent("market-changed", instrumentId));
  }

  private static void close(AutoCloseable c) {
    try {
      if (c != null) {
        c.close();
      }
    } catch (Exception e) {
      // nothing to do: the listener is gone
    }
  }

  @POST
  @Path("market/{instrumentId}/orders")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("INVESTOR")
  @Operation(
      summary = "Submit an order",
      description =
          "Answered after the match (200, the order with its fills), or with the header"
              + " `Prefer: respond-async` (RFC 7240) once the order is durable (202, the order as"
              + " entered; fills follow on the events stream and the order's history, ADR 0012).")
  @APIResponse(
      responseCode = "200",
      description = "Entered and matched",
      content = @Content(schema = @Schema(implementation = OrderView.class)))
  @APIResponse(
      responseCode = "202",
      description = "Entered and durable; matched right after",
      content = @Content(schema = @Schema(implementation = OrderView.class)))
  public Response submit(
      @PathParam("instrumentId") String instrumentId,
      @HeaderParam("Prefer") List<String> prefer,
      OrderTicket ticket) {
    if (respondAsync(prefer)) {
      // ADR 0012: answered once durable, matched right after (fills: events, history, mine)
      OrderView entered =
          market.submitDurable(Callers.actor(security), ticket(instrumentId, ticket));
      return Response.accepted(entered)
          .header("Preference-Applied", "respond-async")
          .header("Vary", "Prefer")
          .location(URI.create("orders/" + entered.orderId() + "/history"))
          .build();
    }
    return Response.ok(market.submit(Callers.actor(security), ticket(instrumentId, ticket)))
        .header("Vary", "Prefer")
        .build();
  }

  /**
   * Whether the {@code Prefer} headers (RFC 7240: comma-separated preferences, each with optional
   * parameters after {@code ;}) ask for {@code respond-async}; the token is case-insensitive.
   */
  static boolean respondAsync(List<String> prefer) {
    if (prefer == null) {
      return false;
    }
    for (String header : prefer) {
      if (header == null) {
        continue;
      }
      for (String preference : header.split(",")) {
        String token = preference.split("[;=]", 2)[0].trim();
        if (token.equalsIgnoreCase("respond-async")) {
          return true;
        }
      }
    }
    return false;
  }

  @POST
  @Path("market/{instrumentId}/pre-check")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("INVESTOR")
  @Operation(summary = "Check an order before submitting it (reasons in the Accept-Language)")
  public OrderPreCheck preCheck(
      @PathParam("instrumentId") String instrumentId,
      OrderTicket ticket,
      @Context jakarta.ws.rs.core.HttpHeaders headers) {
    // the reasons' messages in the caller's language (Accept-Language: zh → 简体中文)
    java.util.Locale language =
        headers.getAcceptableLanguages().isEmpty()
            ? java.util.Locale.ENGLISH
            : headers.getAcceptableLanguages().get(0);
    return market.preCheck(Callers.actor(security), ticket(instrumentId, ticket), language);
  }

  private static OrderTicket ticket(String instrumentId, OrderTicket ticket) {
    if (ticket == null) {
      throw new ValidationException("The order is missing.");
    }
    if (ticket.instrumentId() != null && !ticket.instrumentId().equals(instrumentId)) {
      throw new ValidationException(
          "The order names instrument "
              + ticket.instrumentId()
              + ", the address "
              + instrumentId
              + ".");
    }
    return new OrderTicket(
        instrumentId,
        ticket.side(),
        ticket.price(),
        ticket.quantity(),
        ticket.timeInForce(),
        ticket.clientOrderKey());
  }

  @DELETE
  @Path("orders/{orderId}")
  @RolesAllowed("INVESTOR")
  @Operation(summary = "Cancel an order")
  public OrderView cancel(@PathParam("orderId") long orderId) {
    return market.cancel(Callers.actor(security), orderId);
  }

  @PATCH
  @Path("orders/{orderId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("INVESTOR")
  @Operation(summary = "Amend an order's price and open quantity")
  public OrderView amend(@PathParam("orderId") long orderId, AmendRequest request) {
    if (request == null || request.quantity() == null) {
      throw new ValidationException("Give the new price and the new open quantity.");
    }
    return market.amend(Callers.actor(security), orderId, request.price(), request.quantity());
  }

  @POST
  @Path("orders/{orderId}/amend")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("INVESTOR")
  @Operation(summary = "Amend an order (POST form of PATCH, for clients without PATCH)")
  public OrderView amendPost(@PathParam("orderId") long orderId, AmendRequest request) {
    return amend(orderId, request);
  }

  /** The order's life, oldest first: its owner or a trustee (403 otherwise, 404 unknown). */
  @GET
  @Path("orders/{orderId}/history")
  @Operation(summary = "Read an order's life, oldest first")
  public List<OrderEvent> orderHistory(@PathParam("orderId") long orderId) {
    return market.orderHistory(Callers.actor(security), orderId);
  }

  @GET
  @Path("orders/mine")
  @Operation(summary = "List the caller's orders")
  public List<OrderView> myOrders() {
    return market.myOrders(Callers.actor(security));
  }

  @GET
  @Path("trades/mine")
  @Operation(summary = "List the caller's trades")
  public List<TradeView> myTrades() {
    return market.myTrades(Callers.actor(security));
  }

  @GET
  @Path("trades/mine.csv")
  @Produces("text/csv")
  @Operation(summary = "Download the caller's trades as CSV")
  @APIResponse(
      responseCode = "200",
      description = "The trades, one per line",
      content =
          @Content(
              mediaType = "text/csv",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response myTradesCsv() {
    return Response.ok(market.myTradesCsv(Callers.actor(security)), "text/csv; charset=UTF-8")
        .header("Content-Disposition", Downloads.attachment("my-trades.csv"))
        .build();
  }

  /** A trade confirmation: the trade, if the caller is its buyer, seller or sees the market. */
  @GET
  @Path("trades/{tradeId}")
  @Operation(summary = "Read one trade confirmation")
  public TradeView trade(@PathParam("tradeId") long tradeId) {
    return market
        .trade(Callers.actor(security), tradeId)
        .orElseThrow(() -> new NotFoundException("No trade " + tradeId));
  }

  // --- market operations ----------------------------------------------------------------------

  @POST
  @Path("market/{instrumentId}/halt")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Halt a market (market operations)")
  public MarketSummary halt(@PathParam("instrumentId") String instrumentId, ReasonRequest request) {
    return market.halt(
        Callers.actor(security), instrumentId, request == null ? null : request.reason());
  }

  @POST
  @Path("market/{instrumentId}/resume")
  @Operation(summary = "Resume a halted market")
  public MarketSummary resume(@PathParam("instrumentId") String instrumentId) {
    return market.resume(Callers.actor(security), instrumentId);
  }

  /** Answers {@code {"cancelled": n}}. */
  @POST
  @Path("market/{instrumentId}/cancel-all")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Cancel every resting order of a market")
  public java.util.Map<String, Integer> cancelAll(
      @PathParam("instrumentId") String instrumentId, ReasonRequest request) {
    return java.util.Map.of(
        "cancelled",
        market.cancelAll(
            Callers.actor(security), instrumentId, request == null ? null : request.reason()));
  }

  @GET
  @Path("market/{instrumentId}/orders")
  @Operation(summary = "List a market's orders (market operations)")
  public List<OrderView> orders(@PathParam("instrumentId") String instrumentId) {
    return market.orders(Callers.actor(security), instrumentId);
  }

  @GET
  @Path("market/{instrumentId}/trades")
  @Operation(summary = "List a market's trades")
  public List<TradeView> trades(@PathParam("instrumentId") String instrumentId) {
    return market.trades(Callers.actor(security), instrumentId);
  }

  @POST
  @Path("trades/{tradeId}/retry")
  @Operation(summary = "Retry a trade's failed settlement")
  public TradeView retry(@PathParam("tradeId") long tradeId) {
    return market.retrySettlement(Callers.actor(security), tradeId);
  }

  @GET
  @Path("market/reconciliation")
  @Operation(summary = "Reconcile the orders and trades against the ledger")
  public ReconciliationReport reconciliation() {
    return market.reconcile(Callers.actor(security));
  }

  /** The market's tick, lot, band and fee schedule, with every change of them (newest first). */
  @GET
  @Path("market/{instrumentId}/parameters")
  @Operation(summary = "Read a market's tick, lot, band and fee schedule with every change")
  public MarketParametersView parameters(@PathParam("instrumentId") String instrumentId) {
    return parameters.parameters(Callers.actor(security), instrumentId);
  }

  /**
   * Market operations (trustees) change the parameters: {@code {"tickSize": "0.05", "lotSize": 10,
   * "bandPercent": 15, "feeBps": 5, "minFee": "1.00", "reason": "…"}}. Resting orders stay.
   */
  @PUT
  @Path("market/{instrumentId}/parameters")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a market's parameters")
  public MarketParametersView changeParameters(
      @PathParam("instrumentId") String instrumentId, ParameterChangeRequest request) {
    return parameters.change(Callers.actor(security), instrumentId, request);
  }
}
