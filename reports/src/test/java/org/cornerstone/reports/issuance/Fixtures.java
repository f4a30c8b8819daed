package org.cornerstone.reports.issuance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Realistic certificate data for the tests. */
final class Fixtures {

  static final Instant ISSUED_AT = Instant.parse("2026-11-23T09:41:07Z");
  static final String TX_ID = "9f2c4e1ab07d3c5e8f6a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e";
  static final String DIGEST = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b";

  private Fixtures() {}

  static List<Approval> approvals() {
    return List.of(
        new Approval(
            "originator",
            "olivia.originator",
            "Olivia Ortega",
            "SUBMITTED",
            "Title deed, valuation report and insurance certificate attached.",
            Instant.parse("2026-11-20T14:02:11Z")),
        new Approval(
            "trustee",
            "tom.trustee",
            "Tomasz Trustee",
            "APPROVED",
            "Documents complete. Valuation by an accredited surveyor within the last 6 months;"
                + " no encumbrances recorded in the land register.",
            Instant.parse("2026-11-23T09:40:55Z")));
  }

  static List<Holding> holders() {
    return List.of(
        new Holding("Helvetia Property Partners AG", 600_000),
        new Holding("Nordlicht Pension Fund", 250_000),
        new Holding("Olivia Ortega", 150_000));
  }

  static IssuanceCertificate certificate() {
    return certificate("Residential building Seefeldstrasse 12", holders());
  }

  static IssuanceCertificate certificate(String title, List<Holding> holders) {
    return new IssuanceCertificate(
        "RE-2026-000042",
        title,
        "REAL_ESTATE",
        "Seefeldstrasse 12, 8008 Zürich, Switzerland",
        "CH-ZH",
        new BigDecimal("12500000.00"),
        "CHF",
        1_000_000,
        "Helvetia Trust Bank AG",
        approvals(),
        TX_ID,
        holders,
        DIGEST,
        ISSUED_AT,
        "proc-7f3e2d1c-0b9a-4e8d-a7c6-5b4a3f2e1d0c",
        new BigDecimal("7500000.00"));
  }

  /** {@code count} holders named "Investor 0001" ... that together hold {@code count * each}. */
  static List<Holding> manyHolders(int count, long each) {
    List<Holding> list = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      list.add(new Holding(String.format("Investor %04d", i), each));
    }
    return list;
  }
}
