package org.cornerstone.trading.application;

import org.cornerstone.shared.Actor;

/** Market operations on a market's parameters (tick, lot, band, fee schedule). */
public interface MarketParameterDesk {
  /** The market's parameters and every change of them, newest first. */
  MarketParametersView parameters(Actor actor, String instrumentId);

  /**
   * Changes them (trustees only); recorded with who, when, old → new. Orders on the book stay.
   *
   * @throws org.cornerstone.shared.AccessDeniedException for anyone but a trustee
   * @throws org.cornerstone.shared.ValidationException with every problem of the request
   */
  MarketParametersView change(Actor actor, String instrumentId, ParameterChangeRequest request);
}
