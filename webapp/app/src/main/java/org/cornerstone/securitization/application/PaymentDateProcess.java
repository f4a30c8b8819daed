package org.cornerstone.securitization.application;

/** Starts the {@code payment-date} process of a payment date. */
public interface PaymentDateProcess {
  /** Starts it with business key = the payment date's id; answers the process instance id. */
  String start(String paymentDateId, String dealId);
}
