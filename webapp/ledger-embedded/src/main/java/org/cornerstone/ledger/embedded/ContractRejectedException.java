package org.cornerstone.ledger.embedded;

/** A contract's {@code verify} rejected the transaction; the message is the contract's own. */
public final class ContractRejectedException extends LedgerException {

  private static final long serialVersionUID = 1L;

  private final String contractClassName;

  public ContractRejectedException(
      String contractClassName, String contractMessage, Throwable cause) {
    super(contractMessage, cause);
    this.contractClassName = contractClassName;
  }

  /** The contract that rejected the transaction. */
  public String getContractClassName() {
    return contractClassName;
  }
}
