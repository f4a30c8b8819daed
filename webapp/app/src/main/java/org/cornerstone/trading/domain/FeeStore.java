package org.cornerstone.trading.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the fees of buy orders and trades, and the changes of market parameters, are kept. Every
 * method joins the caller's transaction.
 */
public interface FeeStore {
  Optional<OrderFee> orderFee(long orderId);

  /** Inserts or replaces the order's fee account. */
  void save(OrderFee fee);

  void insert(TradeFee fee);

  Optional<TradeFee> tradeFee(long tradeId);

  /** The trade's fee locked until the transaction ends; empty if missing or locked by another. */
  Optional<TradeFee> lockTradeFee(long tradeId);

  void update(TradeFee fee);

  /** Unpaid fees of settled trades whose next attempt is due. */
  List<Long> feesDue(Instant now, int limit);

  List<TradeFee> allTradeFees();

  /** The instrument's market state locked until the transaction ends. */
  Optional<MarketState> lockState(String instrumentId);

  void setParameters(String instrumentId, MarketParameters parameters, Instant now);

  void insert(MarketParameterChange change);

  /** The instrument's parameter changes, newest first. */
  List<MarketParameterChange> changes(String instrumentId, int limit);
}
