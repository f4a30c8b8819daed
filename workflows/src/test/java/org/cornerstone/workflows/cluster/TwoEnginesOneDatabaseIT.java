package org.cornerstone.workflows.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.cornerstone.workflows.origination.TestProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, two application nodes: two process engines with their job executors running, as two
 * WildFly nodes would, on one database. Every asynchronous step (the kind that leaves the process:
 * ledger calls, notifications) is executed exactly once, by whichever node locked its job first.
 * The engines work in a schema of their own, so no other test's jobs are touched.
 */
class TwoEnginesOneDatabaseIT {
  private static final String SCHEMA = "cornerstone_two_nodes";
  private static final String KEY = "two-nodes-async-step";
  private static final int INSTANCES = 60;

  private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> byNode = new ConcurrentHashMap<>();
  private ProcessEngine node1;
  private ProcessEngine node2;

  @BeforeEach
  void twoNodes() throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                TestProcessEngine.jdbcUrl(),
                TestProcessEngine.jdbcUser(),
                TestProcessEngine.jdbcPassword());
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + SCHEMA + " cascade");
      s.execute("create schema " + SCHEMA);
    }
    node1 = engine("node1");
    node2 = engine("node2");
  }

  @AfterEach
  void stop() {
    for (ProcessEngine node : new ProcessEngine[] {node1, node2}) {
      if (node != null) {
        node.close();
      }
    }
  }

  @Test
  void eachAsynchronousStepRunsOnceWhenTwoNodesShareTheJobs() throws Exception {
    node1
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            KEY + ".bpmn",
            Bpmn.createExecutableProcess(KEY)
                .startEvent()
                .serviceTask("callTheLedger")
                .camundaAsyncBefore()
                .camundaDelegateExpression("${step}")
                .endEvent()
                .done())
        .deploy();

    for (int i = 0; i < INSTANCES; i++) {
      // started on both nodes, like requests spread by the load balancer
      (i % 2 == 0 ? node1 : node2).getRuntimeService().startProcessInstanceByKey(KEY, "case-" + i);
    }

    long deadline = System.nanoTime() + 90_000_000_000L;
    while (completed() < INSTANCES && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }

    assertThat(completed()).as("instances completed").isEqualTo(INSTANCES);
    assertThat(runs).hasSize(INSTANCES);
    assertThat(runs.values()).allSatisfy(n -> assertThat(n).hasValue(1));
    assertThat(node1.getManagementService().createJobQuery().count()).isZero();
    System.out.printf(
        "[two nodes] %d asynchronous steps, each once: node1 ran %s, node2 ran %s%n",
        INSTANCES, byNode.get("node1"), byNode.get("node2"));
  }

  private long completed() {
    return node2.getHistoryService().createHistoricProcessInstanceQuery().completed().count();
  }

  private ProcessEngine engine(String node) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("cornerstone-" + node + "-" + UUID.randomUUID());
    configuration.setJdbcDriver("org.postgresql.Driver");
    String url = TestProcessEngine.jdbcUrl();
    configuration.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
    configuration.setJdbcUsername(TestProcessEngine.jdbcUser());
    configuration.setJdbcPassword(TestProcessEngine.jdbcPassword());
    // the tables are looked for (and created) in this schema, not in the test database's public one
    configuration.setDatabaseSchema(SCHEMA);
    configuration.setDatabaseTablePrefix(SCHEMA + ".");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    // as the app's engine (PlatformStartup): with the default DbIdGenerator, two engines taking id
    // blocks at once fail one command on the shared next.dbid row (OptimisticLockingException)
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setDbMetricsReporterActivate(false);
    DefaultJobExecutor jobs = new DefaultJobExecutor();
    jobs.setWaitTimeInMillis(50);
    jobs.setMaxWait(200);
    jobs.setMaxJobsPerAcquisition(2); // small batches, so both nodes get work
    configuration.setJobExecutor(jobs);
    configuration.setJobExecutorActivate(true);
    configuration.setJobExecutorDeploymentAware(false);
    Map<Object, Object> beans = new HashMap<>();
    beans.put(
        "step",
        (JavaDelegate)
            execution -> {
              runs.computeIfAbsent(execution.getBusinessKey(), k -> new AtomicInteger())
                  .incrementAndGet();
              byNode.computeIfAbsent(node, k -> new AtomicInteger()).incrementAndGet();
            });
    configuration.setBeans(beans);
    return configuration.buildProcessEngine();
  }
}
