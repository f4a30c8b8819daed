package org.cornerstone.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cornerstone.reports.statement.AssetPerformanceRenderer;
import org.cornerstone.reports.statement.AssetPerformanceReport;
import org.cornerstone.servicing.application.DistributionSummary;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.trading.application.TradeView;

/**
 * The trustee's performance report of one asset's instrument, generated on demand: collections and
 * distributions per period (the servicing context's {@code distributionsOf}), holders now, and the
 * daily prices of its trades (refused trades left out).
 */
@ApplicationScoped
public class PerformanceReportService {
  public static final String ONLY_TRUSTEES =
      "Only trustees and administrators read performance reports.";
  static final Set<Role> READERS = EnumSet.of(Role.TRUSTEE, Role.SENIOR_TRUSTEE, Role.ADMIN);

  @Inject StatementSources sources;
  @Inject Clock clock;

  private final AssetPerformanceRenderer renderer = new AssetPerformanceRenderer();

  public PerformanceReportService() {}

  PerformanceReportService(StatementSources sources, Clock clock) {
    this.sources = sources;
    this.clock = clock;
  }

  public AssetPerformanceReport report(Actor actor, String instrumentId, Locale language) {
    if (READERS.stream().noneMatch(actor::has)) {
      throw new AccessDeniedException(ONLY_TRUSTEES);
    }
    var facts =
        sources
            .instrument(actor, instrumentId)
            .orElseThrow(() -> new NotFoundException("No asset instrument " + instrumentId));
    List<AssetPerformanceReport.PeriodLine> periods = new ArrayList<>();
    for (DistributionSummary d : sources.distributions(instrumentId)) {
      periods.add(
          new AssetPerformanceReport.PeriodLine(
              d.period(),
              d.distributionId(),
              d.grossMinor(),
              d.costsMinor(),
              d.netMinor(),
              d.taxMinor(),
              d.remainderMinor(),
              d.recordDate(),
              d.paymentDate(),
              d.holderCount(),
              d.state()));
    }
    var holders = sources.holders(instrumentId);
    return new AssetPerformanceReport(
        language,
        instrumentId,
        facts.name(),
        facts.currency(),
        clock.instant(),
        holders.supply(),
        holders.count(),
        periods,
        daily(sources.tradesOf(actor, instrumentId)),
        List.of());
  }

  /** Open, high, low, close and volume per UTC day, of the trades not refused. */
  static List<AssetPerformanceReport.PriceDay> daily(List<TradeView> trades) {
    Map<LocalDate, List<TradeView>> byDay = new TreeMap<>();
    trades.stream()
        .filter(t -> !"REFUSED".equals(t.settlement()))
        .sorted(Comparator.comparing(TradeView::executedAt).thenComparing(TradeView::tradeId))
        .forEach(
            t ->
                byDay
                    .computeIfAbsent(
                        t.executedAt().atZone(ZoneOffset.UTC).toLocalDate(), d -> new ArrayList<>())
                    .add(t));
    List<AssetPerformanceReport.PriceDay> out = new ArrayList<>();
    byDay.forEach(
        (day, list) ->
            out.add(
                new AssetPerformanceReport.PriceDay(
                    day,
                    list.get(0).priceMinor(),
                    list.stream().mapToLong(TradeView::priceMinor).max().orElseThrow(),
                    list.stream().mapToLong(TradeView::priceMinor).min().orElseThrow(),
                    list.get(list.size() - 1).priceMinor(),
                    list.stream().mapToLong(TradeView::quantity).sum())));
    return out;
  }

  public byte[] pdf(Actor actor, String instrumentId, Locale language) {
    return renderer.pdf(report(actor, instrumentId, language));
  }

  public String csv(Actor actor, String instrumentId) {
    return renderer.csv(report(actor, instrumentId, Locale.ENGLISH));
  }
}
