package org.cornerstone.financing.domain;

import java.util.List;
import java.util.Optional;

/** Where discount requests and financiers' limits are kept (Flyway V25). */
public interface DiscountStore {
  Optional<DiscountRequest> find(String requestId);

  /** The request, locked until the transaction ends (acceptance and settlement one at a time). */
  Optional<DiscountRequest> lock(String requestId);

  void add(DiscountRequest request);

  /** The requests a holder organisation made, the newest first. */
  List<DiscountRequest> byHolder(String holderOrganisation);

  /** The requests made to a financier, the newest first. */
  List<DiscountRequest> byFinancier(String financierOrganisation);

  /** The financier's accepted, not yet settled requests on certificates of the obligor. */
  List<DiscountRequest> acceptedUnsettled(String financierOrganisation, String obligorOrganisation);

  Optional<DiscountLimit> limit(String financier, String obligor, String currency);

  /** The limit, locked until the transaction ends (exposure checks one at a time). */
  Optional<DiscountLimit> lockLimit(String financier, String obligor, String currency);

  List<DiscountLimit> limitsOf(String financierOrganisation);

  void add(DiscountLimit limit);
}
