package org.cornerstone.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cornerstone.cash.application.CashRequestView;
import org.cornerstone.cash.application.CashService;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.offering.application.OfferingService;
import org.cornerstone.offering.application.OfferingView;
import org.cornerstone.offering.application.SubscriptionView;
import org.cornerstone.origination.application.AssetValuations;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.registry.application.HoldingQueries;
import org.cornerstone.registry.application.InstrumentRegistry;
import org.cornerstone.reporting.application.StatementSources;
import org.cornerstone.servicing.application.DistributionSummary;
import org.cornerstone.servicing.application.IncomeHistory;
import org.cornerstone.servicing.application.IncomePayment;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.trading.application.Market;
import org.cornerstone.trading.application.PricePoint;
import org.cornerstone.trading.application.TradeView;

/** {@link StatementSources} over the other contexts' application services. */
@ApplicationScoped
public class ContextStatementSources implements StatementSources {
  /** Offerings whose price is a price someone paid or may pay. */
  private static final Set<String> PRICED = Set.of("OPEN", "CLOSED", "SETTLED");

  @Inject UserDirectory directory;
  @Inject HoldingQueries holdings;
  @Inject InstrumentRegistry instruments;
  @Inject AssetValuations valuations;
  @Inject OfferingService offerings;
  @Inject Market market;
  @Inject CashService cash;
  @Inject IncomeHistory income;

  @Override
  public Optional<String> holder(Actor investor) {
    return directory.ledgerIdentity(investor);
  }

  @Override
  public List<Position> positions(Actor investor) {
    return holdings.myHoldings(investor).stream()
        .map(h -> new Position(h.instrumentId(), h.quantity()))
        .toList();
  }

  @Override
  public Optional<List<QuantityChange>> history(String instrumentId, String holder) {
    try {
      return Optional.of(
          holdings.historyOf(instrumentId, holder).stream()
              .map(c -> new QuantityChange(c.transactionId(), c.committedAt(), c.quantityChange()))
              .toList());
    } catch (LedgerException e) {
      return Optional.empty(); // a ledger without history (Corda): the assembler derives it
    }
  }

  @Override
  public Optional<InstrumentFacts> instrument(Actor actor, String instrumentId) {
    return instruments
        .instrument(instrumentId)
        .filter(i -> "ASSET_TOKEN".equals(i.kind()))
        .map(
            i -> {
              var valuation = valuations.perToken(instrumentId);
              Optional<BigDecimal> offered =
                  offerings.offerings(actor).stream()
                      .filter(o -> o.instrumentId().equals(instrumentId))
                      .filter(o -> PRICED.contains(o.status()))
                      .max(Comparator.comparing(OfferingView::opensAt))
                      .map(o -> new BigDecimal(o.pricePerToken()));
              return new InstrumentFacts(
                  instrumentId,
                  valuation.map(AssetValuations.TokenValuation::title).orElse(instrumentId),
                  i.currency(),
                  offered,
                  valuation.map(AssetValuations.TokenValuation::perToken));
            });
  }

  /** The market's hourly bars (each bar's close at the bar's start): the last 500 trades. */
  @Override
  public List<PriceMark> tradePrices(Actor actor, String instrumentId) {
    try {
      List<PricePoint> bars = market.market(actor, instrumentId, 1).chart();
      return bars.stream().map(b -> new PriceMark(b.from(), new BigDecimal(b.close()))).toList();
    } catch (NotFoundException | ConflictException e) {
      return List.of(); // not tradable: no trade prices
    }
  }

  @Override
  public List<TradeView> trades(Actor investor) {
    return market.myTrades(investor);
  }

  @Override
  public List<TradeView> tradesOf(Actor trustee, String instrumentId) {
    return market.trades(trustee, instrumentId);
  }

  @Override
  public List<SubscriptionView> subscriptions(Actor investor) {
    return offerings.mySubscriptions(investor);
  }

  @Override
  public List<CashRequestView> cashRequests(Actor investor) {
    return cash.overview(investor).history();
  }

  @Override
  public List<IncomePayment> income(String holder, LocalDate from, LocalDate to) {
    return income.paymentsTo(holder, from, to);
  }

  @Override
  public List<DistributionSummary> distributions(String instrumentId) {
    return income.distributionsOf(instrumentId);
  }

  @Override
  public Holders holders(String instrumentId) {
    var table = holdings.capTable(instrumentId);
    return new Holders(table.positions().size(), table.total());
  }
}
