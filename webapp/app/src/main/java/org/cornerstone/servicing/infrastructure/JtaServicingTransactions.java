package org.cornerstone.servicing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import org.cornerstone.servicing.application.DistributionPayments;

/** Servicing's own transactions as JTA transactions of the server. */
@ApplicationScoped
public class JtaServicingTransactions implements DistributionPayments.Transactions {
  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T inNew(Supplier<T> work) {
    return work.get();
  }
}
