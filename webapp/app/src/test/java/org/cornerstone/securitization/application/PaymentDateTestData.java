package org.cornerstone.securitization.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cornerstone.securitization.domain.StoredPaymentDate;
import org.cornerstone.waterfall.Deal;
import org.cornerstone.waterfall.DealFileReader;

/** A deal file with every trigger test and stored payment dates over it, for the unit tests. */
final class PaymentDateTestData {
  static final String DEAL_FILE =
      """
      {"dealId": "HRT-2027-1", "name": "Harbour Realty Trust 2027-1", "currency": "CNY",
       "closingDate": "2027-01-15", "firstPaymentDate": "2027-02-15",
       "paymentFrequency": "MONTHLY", "pool": {"originalBalance": "10000000.00"},
       "tranches": [
         {"name": "A", "class": "SENIOR", "balance": "8000000.00", "coupon": "0.035"},
         {"name": "B", "class": "MEZZANINE", "balance": "1200000.00", "coupon": "0.055"},
         {"name": "E", "class": "EQUITY", "balance": "800000.00"}],
       "principalPayment": "SEQUENTIAL",
       "fees": [{"name": "trustee", "fixed": "1000.00"}, {"name": "servicer", "rate": "0.005"}],
       "reserve": {"target": "100000.00", "initial": "100000.00"},
       "triggers": [
         {"name": "OC-A", "test": "OC", "tranche": "A", "threshold": "1.10", "curable": true,
          "effect": "SEQUENTIAL_PRINCIPAL"},
         {"name": "CDR", "test": "CUMULATIVE_DEFAULT", "threshold": "0.08", "curable": false,
          "effect": "ACCELERATE"},
         {"name": "JUNIOR-LOCK", "test": "POOL_FACTOR", "threshold": "0.95", "curable": true,
          "effect": "RESTRICT_JUNIOR_TRANSFERS"}]}
      """;

  private PaymentDateTestData() {}

  static Deal deal() {
    return DealFileReader.read(DEAL_FILE);
  }

  static StoredPaymentDate stored(
      int period, long interest, long principal, long losses, String status) {
    Deal deal = deal();
    StoredPaymentDate.Bucket none = new StoredPaymentDate.Bucket(0, 0);
    return new StoredPaymentDate(
        "HRT-2027-1-P" + period,
        "HRT-2027-1",
        period,
        deal.paymentDate(period),
        new StoredPaymentDate.Collections(interest, principal, 0, losses),
        new StoredPaymentDate.Delinquency(
            new StoredPaymentDate.Bucket(9_000_000_00L, 12),
            new StoredPaymentDate.Bucket(300_000_00L, 1),
            none,
            none),
        status,
        null,
        null,
        false,
        LocalDate.of(2027, 2, 10).plusMonths(period - 1),
        "silas",
        Instant.parse("2027-02-10T08:00:00Z"),
        "tom",
        null,
        null,
        List.of());
  }
}
