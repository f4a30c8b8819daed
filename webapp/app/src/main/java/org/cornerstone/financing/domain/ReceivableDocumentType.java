package org.cornerstone.financing.domain;

/** The evidence a supplier submits with an invoice; both are required. */
public enum ReceivableDocumentType {
  PURCHASE_ORDER,
  DELIVERY_PROOF
}
