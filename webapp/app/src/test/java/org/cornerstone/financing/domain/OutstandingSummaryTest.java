package org.cornerstone.financing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cornerstone.financing.domain.OutstandingSummary.Certificate;
import org.cornerstone.financing.domain.OutstandingSummary.Holding;
import org.cornerstone.financing.domain.OutstandingSummary.ObligorLine;
import org.cornerstone.financing.domain.OutstandingSummary.Tier;
import org.cornerstone.financing.domain.OutstandingSummary.TierLine;
import org.junit.jupiter.api.Test;

class OutstandingSummaryTest {
  static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  // daqing owes songhua 1,000,000.00 (split 400,000.00 to northstar, which sold it to the bank);
  // a second daqing certificate of 250,000.00 matured yesterday and is unpaid; huaxin owes
  // 333,333.33 maturing in 10 days.
  static final List<Certificate> CERTIFICATES =
      List.of(
          new Certificate("PC-1", "daqing", "songhua", "CNY", 100_000_000, TODAY.plusDays(90)),
          new Certificate("PC-2", "daqing", "songhua", "CNY", 25_000_000, TODAY.minusDays(1)),
          new Certificate("PC-3", "huaxin", "northstar", "CNY", 33_333_333, TODAY.plusDays(10)));

  static final List<Holding> HOLDINGS =
      List.of(
          new Holding("PC-1", "songhua", "SUPPLIER", 60_000_000),
          new Holding("PC-1", "longjiang", "FINANCIER", 40_000_000),
          new Holding("PC-2", "songhua", "SUPPLIER", 25_000_000),
          new Holding("PC-3", "northstar", "SUPPLIER", 33_333_333),
          new Holding("PC-3", "huaxin", "CORE_ENTERPRISE", 5), // handed back: not outstanding
          new Holding("PC-9", "nobody", null, 7)); // not a certificate here

  @Test
  void outstandingOverdueAndSharesPerObligorAreExactInMinorUnits() {
    OutstandingSummary.Summary s = OutstandingSummary.of(CERTIFICATES, HOLDINGS, TODAY);
    assertThat(s.obligors()).hasSize(2);
    ObligorLine daqing = s.obligors().get(0);
    assertThat(daqing.obligorOrganisation()).isEqualTo("daqing");
    assertThat(daqing.certificates()).isEqualTo(2);
    assertThat(daqing.issuedMinor()).isEqualTo(125_000_000);
    assertThat(daqing.outstandingMinor()).isEqualTo(125_000_000);
    assertThat(daqing.overdueMinor()).isEqualTo(25_000_000);
    assertThat(daqing.maturingWithin30DaysMinor()).isZero();
    // 125,000,000 of 158,333,333 = 78.947368...% -> 78.95
    assertThat(daqing.sharePercent()).isEqualByComparingTo("78.95");
    // songhua holds 85,000,000 of daqing's 125,000,000 = 68.00 %
    assertThat(daqing.largestHolder()).isEqualTo("songhua");
    assertThat(daqing.largestHolderSharePercent()).isEqualByComparingTo("68.00");

    ObligorLine huaxin = s.obligors().get(1);
    assertThat(huaxin.outstandingMinor()).isEqualTo(33_333_333);
    assertThat(huaxin.maturingWithin30DaysMinor()).isEqualTo(33_333_333);
    assertThat(huaxin.overdueMinor()).isZero();
    assertThat(huaxin.sharePercent()).isEqualByComparingTo("21.05");
    assertThat(daqing.sharePercent().add(huaxin.sharePercent()))
        .isEqualByComparingTo(new BigDecimal("100.00"));
  }

  @Test
  void tiersSplitFirstHoldersChainSuppliersAndFinanciers() {
    List<Certificate> certificates =
        List.of(new Certificate("PC-1", "daqing", "songhua", "CNY", 100, TODAY.plusDays(5)));
    List<Holding> holdings =
        List.of(
            new Holding("PC-1", "songhua", "SUPPLIER", 50),
            new Holding("PC-1", "northstar", "SUPPLIER", 30),
            new Holding("PC-1", "longjiang", "FINANCIER", 20));
    List<TierLine> tiers = OutstandingSummary.of(certificates, holdings, TODAY).tiers();
    assertThat(tiers)
        .containsExactly(
            new TierLine(Tier.TIER_1, "CNY", 1, 50),
            new TierLine(Tier.TIER_2_AND_BELOW, "CNY", 1, 30),
            new TierLine(Tier.FINANCIER, "CNY", 1, 20));
  }

  @Test
  void aCertificateFullyRedeemedIsNeitherOutstandingNorOverdue() {
    List<Certificate> certificates =
        List.of(new Certificate("PC-1", "daqing", "songhua", "CNY", 100, TODAY.minusDays(3)));
    OutstandingSummary.Summary s = OutstandingSummary.of(certificates, List.of(), TODAY);
    assertThat(s.obligors().get(0).outstandingMinor()).isZero();
    assertThat(s.obligors().get(0).overdueMinor()).isZero();
    assertThat(s.obligors().get(0).sharePercent()).isEqualByComparingTo("0.00");
    assertThat(s.obligors().get(0).largestHolder()).isNull();
    assertThat(s.tiers()).isEmpty();
  }
}
