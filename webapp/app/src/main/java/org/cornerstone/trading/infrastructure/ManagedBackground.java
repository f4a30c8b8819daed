package org.cornerstone.trading.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import org.cornerstone.trading.application.TradingPorts;

/** Background work on the server's managed executor. */
@ApplicationScoped
public class ManagedBackground implements TradingPorts.Background {
  @Resource ManagedExecutorService executor;

  @Override
  public void execute(Runnable work) {
    executor.execute(work);
  }
}
