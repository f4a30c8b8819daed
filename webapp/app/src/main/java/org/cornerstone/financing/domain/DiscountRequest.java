package org.cornerstone.financing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.cornerstone.financing.domain.DiscountPricing.DiscountPrice;

/**
 * A holder's request to a financier to discount (part of) a payable certificate, and the
 * financier's quote. Life cycle:
 *
 * <pre>
 *   REQUESTED ─quote→ QUOTED ─accept (before expiry)→ ACCEPTED ─DvP committed→ SETTLED
 *   REQUESTED/QUOTED ─decline (financier)→ DECLINED;  ─withdraw (holder)→ WITHDRAWN
 *   QUOTED whose expiry has passed reads as EXPIRED (the financier may quote it again)
 * </pre>
 *
 * The quote keeps the rate and fees; the price shown with it assumes the quote date as value date.
 * Acceptance fixes the value date (the acceptance date) and the price, proceeds and fee from it:
 * those move in the one DvP. The amount is in minor units of the certificate's face (= tokens).
 */
@Entity
@Table(name = "financing_discount")
public class DiscountRequest {
  /** Where a request stands. */
  public enum Status {
    REQUESTED,
    QUOTED,
    EXPIRED,
    ACCEPTED,
    SETTLED,
    DECLINED,
    WITHDRAWN
  }

  public static final String NOT_QUOTABLE = "Discount request %s is %s: it cannot be quoted.";
  public static final String NOT_ACCEPTABLE =
      "Discount request %s is %s: there is no quote to accept.";
  public static final String EXPIRED =
      "The quote for discount request %s expired at %s: ask the financier for a new quote.";
  public static final String EXPIRY_NOT_LATER = "A quote must expire after it is made.";
  public static final String NOT_CLOSABLE = "Discount request %s is %s: it can no longer be %s.";

  @Id private String id;

  @Column(name = "certificate_id", nullable = false)
  private String certificateId;

  @Column(name = "obligor_organisation", nullable = false)
  private String obligorOrganisation;

  @Column(name = "holder_organisation", nullable = false)
  private String holderOrganisation;

  @Column(name = "financier_organisation", nullable = false)
  private String financierOrganisation;

  @Column(name = "face_minor", nullable = false)
  private long faceMinor;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "maturity_date", nullable = false)
  private LocalDate maturityDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "annual_rate", precision = 12, scale = 8)
  private BigDecimal annualRate;

  @Column(name = "flat_fee_minor")
  private Long flatFeeMinor;

  @Column(name = "fee_bps", precision = 9, scale = 4)
  private BigDecimal feeBps;

  @Column(name = "quoted_price_minor")
  private Long quotedPriceMinor;

  @Column(name = "quoted_proceeds_minor")
  private Long quotedProceedsMinor;

  @Column(name = "quoted_value_date")
  private LocalDate quotedValueDate;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "quoted_by")
  private String quotedBy;

  @Column(name = "quoted_at")
  private Instant quotedAt;

  @Column(name = "value_date")
  private LocalDate valueDate;

  @Column(name = "price_minor")
  private Long priceMinor;

  @Column(name = "fee_minor")
  private Long feeMinor;

  @Column(name = "proceeds_minor")
  private Long proceedsMinor;

  @Column(name = "accepted_by")
  private String acceptedBy;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "ledger_transaction_id")
  private String ledgerTransactionId;

  @Column(name = "settled_at")
  private Instant settledAt;

  @Column(name = "closing_reason")
  private String closingReason;

  protected DiscountRequest() {}

  public DiscountRequest(
      String id,
      String certificateId,
      String obligorOrganisation,
      String holderOrganisation,
      String financierOrganisation,
      long faceMinor,
      String currency,
      LocalDate maturityDate,
      String requestedBy,
      Instant requestedAt) {
    if (faceMinor <= 0) {
      throw new IllegalArgumentException("The amount to discount must be positive.");
    }
    if (holderOrganisation.equals(financierOrganisation)) {
      throw new IllegalArgumentException("A financier cannot discount its own holding.");
    }
    this.id = Objects.requireNonNull(id);
    this.certificateId = Objects.requireNonNull(certificateId);
    this.obligorOrganisation = Objects.requireNonNull(obligorOrganisation);
    this.holderOrganisation = holderOrganisation;
    this.financierOrganisation = financierOrganisation;
    this.faceMinor = faceMinor;
    this.currency = Objects.requireNonNull(currency);
    this.maturityDate = Objects.requireNonNull(maturityDate);
    this.requestedBy = Objects.requireNonNull(requestedBy);
    this.requestedAt = Objects.requireNonNull(requestedAt);
    this.status = Status.REQUESTED;
  }

  /** The status as of {@code now}: a quote past its expiry reads {@link Status#EXPIRED}. */
  public Status statusAt(Instant now) {
    if (status == Status.QUOTED && !now.isBefore(expiresAt)) {
      return Status.EXPIRED;
    }
    return status;
  }

  /**
   * The financier quotes (or quotes again, replacing an earlier quote not accepted): the rate and
   * fees, valid until {@code expiresAt}; the price is computed with {@code today} as value date.
   *
   * @throws IllegalStateException the request is accepted, settled or closed
   * @throws IllegalArgumentException a bad rate or fee, an expiry not after now, maturity reached
   */
  public DiscountPrice quote(
      BigDecimal rate,
      long flatFee,
      BigDecimal bps,
      Instant expires,
      LocalDate today,
      Instant now,
      String by) {
    Status current = statusAt(now);
    if (current != Status.REQUESTED && current != Status.QUOTED && current != Status.EXPIRED) {
      throw new IllegalStateException(String.format(NOT_QUOTABLE, id, current));
    }
    if (!expires.isAfter(now)) {
      throw new IllegalArgumentException(EXPIRY_NOT_LATER);
    }
    BigDecimal feeBasis = bps == null ? BigDecimal.ZERO : bps;
    DiscountPrice price =
        DiscountPricing.price(faceMinor, rate, today, maturityDate, flatFee, feeBasis);
    this.annualRate = rate;
    this.flatFeeMinor = flatFee;
    this.feeBps = feeBasis;
    this.quotedPriceMinor = price.priceMinor();
    this.quotedProceedsMinor = price.proceedsMinor();
    this.quotedValueDate = today;
    this.expiresAt = expires;
    this.quotedBy = Objects.requireNonNull(by);
    this.quotedAt = now;
    this.status = Status.QUOTED;
    return price;
  }

  /**
   * The holder accepts the quote before it expires: the value date is {@code today}, and the price,
   * fee and proceeds are fixed from it.
   *
   * @throws IllegalStateException no quote to accept, or it expired ({@link #EXPIRED})
   * @throws IllegalArgumentException maturity reached (no days left to discount)
   */
  public DiscountPrice accept(LocalDate today, Instant now, String by) {
    Status current = statusAt(now);
    if (current == Status.EXPIRED) {
      throw new IllegalStateException(String.format(EXPIRED, id, expiresAt));
    }
    if (current != Status.QUOTED) {
      throw new IllegalStateException(String.format(NOT_ACCEPTABLE, id, current));
    }
    DiscountPrice price = priceOn(today);
    this.valueDate = today;
    this.priceMinor = price.priceMinor();
    this.feeMinor = price.feeMinor();
    this.proceedsMinor = price.proceedsMinor();
    this.acceptedBy = Objects.requireNonNull(by);
    this.acceptedAt = now;
    this.status = Status.ACCEPTED;
    return price;
  }

  /** The quoted terms priced with value date {@code day} (the form's preview of an acceptance). */
  public DiscountPrice priceOn(LocalDate day) {
    if (annualRate == null) {
      throw new IllegalStateException(String.format(NOT_ACCEPTABLE, id, status));
    }
    return DiscountPricing.price(faceMinor, annualRate, day, maturityDate, flatFeeMinor, feeBps);
  }

  /** The DvP committed: the certificate's tokens are the financier's, the proceeds the holder's. */
  public void settled(String transactionId, Instant at) {
    if (status == Status.SETTLED) {
      return;
    }
    if (status != Status.ACCEPTED) {
      throw new IllegalStateException("Discount request " + id + " is " + status + ".");
    }
    this.ledgerTransactionId = Objects.requireNonNull(transactionId);
    this.settledAt = at;
    this.status = Status.SETTLED;
  }

  /** The financier declines to quote (or withdraws its quote) with a reason. */
  public void decline(String reason, Instant now) {
    close(Status.DECLINED, "declined", reason, now);
  }

  /** The holder withdraws the request (or turns the quote down). */
  public void withdraw(Instant now) {
    close(Status.WITHDRAWN, "withdrawn", null, now);
  }

  private void close(Status target, String verb, String reason, Instant now) {
    Status current = statusAt(now);
    if (current != Status.REQUESTED && current != Status.QUOTED && current != Status.EXPIRED) {
      throw new IllegalStateException(String.format(NOT_CLOSABLE, id, current, verb));
    }
    this.status = target;
    this.closingReason = reason;
  }

  public String id() {
    return id;
  }

  public String certificateId() {
    return certificateId;
  }

  public String obligorOrganisation() {
    return obligorOrganisation;
  }

  public String holderOrganisation() {
    return holderOrganisation;
  }

  public String financierOrganisation() {
    return financierOrganisation;
  }

  public long faceMinor() {
    return faceMinor;
  }

  public String currency() {
    return currency;
  }

  public LocalDate maturityDate() {
    return maturityDate;
  }

  public Status status() {
    return status;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Optional<BigDecimal> annualRate() {
    return Optional.ofNullable(annualRate);
  }

  public long flatFeeMinor() {
    return flatFeeMinor == null ? 0 : flatFeeMinor;
  }

  public BigDecimal feeBps() {
    return feeBps == null ? BigDecimal.ZERO : feeBps;
  }

  public Optional<Long> quotedPriceMinor() {
    return Optional.ofNullable(quotedPriceMinor);
  }

  public Optional<Long> quotedProceedsMinor() {
    return Optional.ofNullable(quotedProceedsMinor);
  }

  public Optional<LocalDate> quotedValueDate() {
    return Optional.ofNullable(quotedValueDate);
  }

  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  public Optional<String> quotedBy() {
    return Optional.ofNullable(quotedBy);
  }

  public Optional<LocalDate> valueDate() {
    return Optional.ofNullable(valueDate);
  }

  public Optional<Long> priceMinor() {
    return Optional.ofNullable(priceMinor);
  }

  public Optional<Long> feeMinor() {
    return Optional.ofNullable(feeMinor);
  }

  public Optional<Long> proceedsMinor() {
    return Optional.ofNullable(proceedsMinor);
  }

  public Optional<String> acceptedBy() {
    return Optional.ofNullable(acceptedBy);
  }

  public Optional<String> ledgerTransactionId() {
    return Optional.ofNullable(ledgerTransactionId);
  }

  public Optional<Instant> settledAt() {
    return Optional.ofNullable(settledAt);
  }

  public Optional<String> closingReason() {
    return Optional.ofNullable(closingReason);
  }
}
