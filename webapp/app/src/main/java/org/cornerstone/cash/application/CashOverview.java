package org.cornerstone.cash.application;

import java.util.List;

/** An investor's cash: balance, reserved and available per currency, and their requests. */
public record CashOverview(
    String holder, List<CashBalance> balances, List<CashRequestView> history) {}
