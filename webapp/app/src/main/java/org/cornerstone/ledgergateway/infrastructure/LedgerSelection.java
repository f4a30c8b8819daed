package org.cornerstone.ledgergateway.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;
import org.cornerstone.ledgergateway.CashPayments;
import org.cornerstone.ledgergateway.HoldingControls;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.InstrumentIssuance;
import org.cornerstone.ledgergateway.LedgerTransactions;
import org.cornerstone.ledgergateway.PoolSales;
import org.cornerstone.ledgergateway.PvpSettlements;
import org.cornerstone.ledgergateway.RegistrarRecords;
import org.cornerstone.ledgergateway.RuleSetPublication;
import org.cornerstone.ledgergateway.Settlement;
import org.cornerstone.ledgergateway.TransactionLogProofs;
import org.cornerstone.ledgergateway.Transfers;
import org.cornerstone.platform.PlatformStarted;
import org.cornerstone.platform.Settings;

/**
 * Chooses the ledger by configuration for every port: {@code CORNERSTONE_LEDGER=embedded} (default)
 * or {@code corda}.
 */
@ApplicationScoped
public class LedgerSelection {
  public static final String UNKNOWN =
      "CORNERSTONE_LEDGER must be 'embedded' or 'corda', not '%s'.";
  private static final Logger LOG = Logger.getLogger(LedgerSelection.class.getName());

  @Inject Settings settings;

  @Inject Instance<EmbeddedInstrumentIssuance> embeddedIssuance;
  @Inject Instance<CordaInstrumentIssuance> cordaIssuance;
  @Inject Instance<EmbeddedHoldingsRegister> embeddedRegister;
  @Inject Instance<CordaHoldingsRegister> cordaRegister;
  @Inject Instance<EmbeddedTransfers> embeddedTransfers;
  @Inject Instance<CordaTransfers> cordaTransfers;
  @Inject Instance<EmbeddedSettlement> embeddedSettlement;
  @Inject Instance<CordaSettlement> cordaSettlement;
  @Inject Instance<EmbeddedHoldingControls> embeddedControls;
  @Inject Instance<CordaHoldingControls> cordaControls;
  @Inject Instance<EmbeddedLedgerTransactions> embeddedTransactions;
  @Inject Instance<CordaLedgerTransactions> cordaTransactions;
  @Inject Instance<EmbeddedRuleSetPublication> embeddedRuleSets;
  @Inject Instance<CordaRuleSetPublication> cordaRuleSets;
  @Inject Instance<EmbeddedRegistrarRecords> embeddedRecords;
  @Inject Instance<CordaRegistrarRecords> cordaRecords;
  @Inject Instance<EmbeddedCashPayments> embeddedPayments;
  @Inject Instance<CordaCashPayments> cordaPayments;
  @Inject Instance<EmbeddedPoolSales> embeddedPoolSales;
  @Inject Instance<CordaPoolSales> cordaPoolSales;
  @Inject Instance<EmbeddedPvpSettlements> embeddedPvp;
  @Inject Instance<CordaPvpSettlements> cordaPvp;
  @Inject Instance<EmbeddedTransactionLogProofs> embeddedLogProofs;
  @Inject Instance<CordaTransactionLogProofs> cordaLogProofs;

  @Inject Instance<EmbeddedLedgerAccess> embeddedLedger;

  /**
   * With the embedded ledger, starts it with the application (before the platform's own start): on
   * a database that is not durable it refuses, and the deployment fails (ADR 0020).
   */
  void startEmbeddedLedger(
      @Observes
          @Priority(Interceptor.Priority.PLATFORM_BEFORE)
          @Initialized(ApplicationScoped.class)
          Object event) {
    if ("embedded".equals(settings.ledgerMode())) {
      LOG.info(
          "Embedded ledger started; its database: " + embeddedLedger.get().durability().settings());
    }
  }

  /**
   * With the embedded ledger, starts its log's merger (ADR 0030) once the platform has started (the
   * ledger's schema migrated).
   */
  void startLogMerger(@Observes PlatformStarted started) {
    if ("embedded".equals(settings.ledgerMode())) {
      embeddedLedger.get().startLogMerger();
    }
  }

  @Produces
  @ApplicationScoped
  InstrumentIssuance instrumentIssuance() {
    return choose(embeddedIssuance, cordaIssuance);
  }

  @Produces
  @ApplicationScoped
  HoldingsRegister holdingsRegister() {
    return choose(embeddedRegister, cordaRegister);
  }

  @Produces
  @ApplicationScoped
  Transfers transfers() {
    return choose(embeddedTransfers, cordaTransfers);
  }

  @Produces
  @ApplicationScoped
  Settlement settlement() {
    return choose(embeddedSettlement, cordaSettlement);
  }

  @Produces
  @ApplicationScoped
  HoldingControls holdingControls() {
    return choose(embeddedControls, cordaControls);
  }

  @Produces
  @ApplicationScoped
  LedgerTransactions ledgerTransactions() {
    return choose(embeddedTransactions, cordaTransactions);
  }

  @Produces
  @ApplicationScoped
  RuleSetPublication ruleSetPublication() {
    return choose(embeddedRuleSets, cordaRuleSets);
  }

  @Produces
  @ApplicationScoped
  RegistrarRecords registrarRecords() {
    return choose(embeddedRecords, cordaRecords);
  }

  @Produces
  @ApplicationScoped
  CashPayments cashPayments() {
    return choose(embeddedPayments, cordaPayments);
  }

  @Produces
  @ApplicationScoped
  PvpSettlements pvpSettlements() {
    return choose(embeddedPvp, cordaPvp);
  }

  @Produces
  @ApplicationScoped
  PoolSales poolSales() {
    return choose(embeddedPoolSales, cordaPoolSales);
  }

  @Produces
  @ApplicationScoped
  TransactionLogProofs transactionLogProofs() {
    return choose(embeddedLogProofs, cordaLogProofs);
  }

  private <T> T choose(Instance<? extends T> embedded, Instance<? extends T> corda) {
    String mode = settings.ledgerMode();
    T chosen =
        switch (mode) {
          case "embedded" -> embedded.get();
          case "corda" -> corda.get();
          default -> throw new IllegalStateException(String.format(UNKNOWN, mode));
        };
    LOG.info("Ledger: " + mode + " (" + chosen.getClass().getSimpleName() + ")");
    return chosen;
  }
}
