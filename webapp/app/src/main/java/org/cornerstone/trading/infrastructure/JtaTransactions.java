package org.cornerstone.trading.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.cornerstone.trading.application.TradingPorts;

/** Trading's transactions as JTA transactions of the server. */
@ApplicationScoped
public class JtaTransactions implements TradingPorts.Transactions {
  @Resource TransactionSynchronizationRegistry registry;

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T inNew(Supplier<T> work) {
    return work.get();
  }

  @Override
  public void afterCompletion(Consumer<Boolean> then) {
    registry.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            then.accept(status == Status.STATUS_COMMITTED);
          }
        });
  }
}
