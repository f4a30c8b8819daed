package org.cornerstone.platform;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.cdi.CdiJtaProcessEngineConfiguration;
import org.camunda.bpm.engine.cdi.impl.ManagedJobExecutor;
import org.camunda.bpm.engine.cdi.impl.util.BeanManagerLookup;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.cornerstone.ledger.embedded.LedgerSchema;
import org.cornerstone.review.application.InboxChanges;
import org.cornerstone.review.infrastructure.ReviewTaskEvents;
import org.cornerstone.workflows.copyright.CopyrightOnboarding;
import org.cornerstone.workflows.investor.InvestorOnboarding;
import org.cornerstone.workflows.origination.RealEstateOnboarding;
import org.cornerstone.workflows.registry.TransferRulesChange;
import org.flywaydb.core.Flyway;

/**
 * Brings the platform up when the application starts, in this order: database schema (Flyway, for
 * the application and the embedded ledger), the Camunda process engine (JTA, CDI, job executor on
 * the container's managed executor), the process models; then {@link PlatformStarted} (demo seeding
 * observes it).
 */
@ApplicationScoped
public class PlatformStartup {
  public static final String DATASOURCE = "java:jboss/datasources/CornerstoneDS";

  /**
   * The models deployed at startup. Only changed resources become new versions; running instances
   * keep the version they started with.
   */
  static final String[] PROCESS_MODELS = {
    RealEstateOnboarding.BPMN_RESOURCE,
    CopyrightOnboarding.BPMN_RESOURCE,
    InvestorOnboarding.BPMN_RESOURCE,
    org.cornerstone.workflows.offering.PrimaryOffering.BPMN_RESOURCE,
    org.cornerstone.workflows.registry.IssuerAgentAction.BPMN_RESOURCE,
    TransferRulesChange.BPMN_RESOURCE,
    "dmn/required-documents.dmn",
    "dmn/tokenization-cap.dmn",
    org.cornerstone.workflows.cash.CashProcesses.DEPOSIT_BPMN,
    org.cornerstone.workflows.cash.CashProcesses.WITHDRAWAL_BPMN,
    org.cornerstone.workflows.servicing.Distribution.BPMN_RESOURCE,
    org.cornerstone.workflows.financing.CertificateMaturity.BPMN_RESOURCE,
    org.cornerstone.workflows.financing.ReceivableOnboarding.BPMN,
    org.cornerstone.workflows.securitization.DealClosing.BPMN,
    org.cornerstone.workflows.securitization.PaymentDate.BPMN
  };

  private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

  @Resource(lookup = DATASOURCE)
  DataSource dataSource;

  @Resource(lookup = "java:jboss/TransactionManager")
  TransactionManager transactionManager;

  @Resource ManagedExecutorService executor;
  @Inject InboxChanges inboxChanges;

  @Inject BeanManager beanManager;
  @Inject Settings settings;
  @Inject Event<PlatformStarted> platformStarted;

  private ProcessEngine engine;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    long started = System.nanoTime();
    Flyway.configure(PlatformStartup.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    LedgerSchema.migrate(dataSource);
    engine = buildEngine();
    deployModels(engine);
    platformStarted.fire(new PlatformStarted());
    LOG.info(
        String.format(
            "Cornerstone platform started in %d ms", (System.nanoTime() - started) / 1_000_000));
    int port =
        Integer.getInteger("jboss.http.port", 8080)
            + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    LOG.info(
        "Cornerstone is ready at http://localhost:"
            + port
            + "/ (demo users: olivia, tom, tina, sam, carl, lena, victor, ivan, jade, iris, rita, bella, ada, audrey, silas, derek, suki, nico, fiona, hugo, arthur;"
            + " password ="
            + " user name + \"-demo\")");
  }

  private ProcessEngine buildEngine() {
    BeanManagerLookup.localInstance = beanManager;
    CdiJtaProcessEngineConfiguration config = new CdiJtaProcessEngineConfiguration();
    config.setProcessEngineName(ProcessEngines.DEFAULT_NAME);
    config.setDataSource(dataSource);
    config.setTransactionManager(transactionManager);
    config.setTransactionsExternallyManaged(true);
    config.setDatabaseSchemaUpdate(ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_TRUE);
    config.setHistory(ProcessEngineConfigurationImpl.HISTORY_FULL);
    // several nodes share the database: ids from UUIDs, not from blocks of the shared next.dbid
    // row, which two nodes taking a block at once contend for (an OptimisticLockingException
    // fails one of the two commands); Camunda's own distributions use this generator too
    config.setIdGenerator(new StrongUuidGenerator());
    ManagedJobExecutor jobExecutor = new ManagedJobExecutor(executor);
    java.time.Duration lockTime = JobLockTime.of(settings);
    jobExecutor.setLockTimeInMillis(Math.toIntExact(lockTime.toMillis()));
    LOG.info("Job executor lock time " + lockTime + " (see JobLockTime)");
    JobAcquisitionWait.of(settings)
        .ifPresent(
            wait -> {
              int millis = Math.toIntExact(wait.toMillis());
              jobExecutor.setWaitTimeInMillis(Math.min(jobExecutor.getWaitTimeInMillis(), millis));
              jobExecutor.setMaxWait(millis);
              LOG.info("An idle job executor looks for due jobs at least every " + wait);
            });
    config.setJobExecutor(jobExecutor);
    config.setJobExecutorActivate(true);
    config.setJobExecutorDeploymentAware(false);
    config.setMetricsEnabled(false);
    // with several nodes on one database, the job log names the node that ran each job
    String node = System.getProperty("jboss.node.name");
    if (node != null && !node.isBlank()) {
      config.setHostname(node);
    }
    // every user task tells the open review screens when it changes (server push, issue 15)
    // a mutable list: the engine adds its own listeners to it while it initialises
    List<BpmnParseListener> parseListeners =
        new ArrayList<>(List.of(new ReviewTaskEvents(inboxChanges)));
    JobRetryCycle.of(settings)
        .ifPresent(
            cycle -> {
              LOG.info(
                  "Failed jobs are tried again on the cycle "
                      + cycle.cycle()
                      + " (see JobRetryCycle)");
              parseListeners.add(cycle);
            });
    config.setCustomPostBPMNParseListeners(parseListeners);
    ProcessEngine built = config.buildProcessEngine();
    RuntimeContainerDelegate.INSTANCE.get().registerProcessEngine(built);
    return built;
  }

  private static void deployModels(ProcessEngine engine) {
    var deployment =
        engine
            .getRepositoryService()
            .createDeployment()
            .name("cornerstone-workflows")
            .source("cornerstone")
            .enableDuplicateFiltering(true /* deploy changed resources only */);
    for (String model : PROCESS_MODELS) {
      deployment.addInputStream(
          model, PlatformStartup.class.getClassLoader().getResourceAsStream(model));
    }
    deployment.deploy();
  }

  @PreDestroy
  void stop() {
    if (engine != null) {
      RuntimeContainerDelegate.INSTANCE.get().unregisterProcessEngine(engine);
      engine.close();
    }
  }

  /** Name of the one engine the platform runs. */
  static final class ProcessEngines {
    static final String DEFAULT_NAME = "default";

    private ProcessEngines() {}
  }
}
