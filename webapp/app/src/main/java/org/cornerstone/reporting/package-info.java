/**
 * Reporting: the monthly <b>investor statement</b> (持有, trades, subscriptions, distributions — 收益分配
 * — with tax withheld, cash movements, the return as XIRR) and the trustee's <b>asset performance
 * report</b> (collections — 回收款 — and distributions per period, holders, prices). Reads the other
 * contexts through their application layers ({@code StatementSources}), renders with the {@code
 * reports} module; stores nothing.
 */
package org.cornerstone.reporting;
