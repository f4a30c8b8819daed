package org.cornerstone.cash.application;

/** Starts the {@code cash-deposit} and {@code cash-withdrawal} processes. */
public interface CashProcess {
  /** Starts the process of the request; returns the process instance id. */
  String startDeposit(String depositId, String investorUser);

  String startWithdrawal(String withdrawalId, String investorUser);
}
