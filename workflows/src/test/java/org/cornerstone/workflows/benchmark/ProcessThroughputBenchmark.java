package org.cornerstone.workflows.benchmark;

import static org.cornerstone.workflows.origination.RealEstateOnboarding.PROCESS_KEY;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.REVIEW_TASKS;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.TASK_INDEPENDENT_VALUATION;
import static org.cornerstone.workflows.origination.RealEstateOnboarding.TASK_TOKENIZE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.cornerstone.workflows.copyright.CopyrightOnboarding;
import org.cornerstone.workflows.investor.InvestorOnboarding;
import org.cornerstone.workflows.origination.FakeOnboardingSteps;
import org.cornerstone.workflows.origination.OnboardingSteps;
import org.cornerstone.workflows.origination.RealEstateOnboarding;
import org.cornerstone.workflows.origination.RealEstateWiring;
import org.cornerstone.workflows.origination.TestProcessEngine;
import org.cornerstone.workflows.rules.Decisions;
import org.cornerstone.workflows.rules.ReviewDecision;
import org.cornerstone.workflows.rules.Reviews;
import org.cornerstone.workflows.rules.RiskClass;

/**
 * Throughput of the {@code real-estate-onboarding} model on the engine and PostgreSQL: N instances
 * through the complete happy path (start, determine documents, claim and complete all five reviews
 * as distinct users, the valuer with figures, DMN cap, record valuation, the async tokenization job
 * executed by the same worker, notify) on T worker threads, with in-memory ports. Prints instances
 * completed, wall time, instances per second and mean / p95 milliseconds per instance, next to the
 * baseline measured in the same run on the same engine: a no-op model (start, end; history full)
 * started as many times on as many threads, and the ratio. Nothing is asserted on the figures.
 *
 * <pre>
 * ./mvnw -q -pl workflows test-compile exec:java \
 *   -Dexec.mainClass=org.cornerstone.workflows.benchmark.ProcessThroughputBenchmark \
 *   -Dexec.classpathScope=test -Dexec.args="200 1 4"
 * </pre>
 *
 * Arguments: instances per run (default 200), then the thread counts (default 1 and 4). The
 * database is the test database ({@code -Dcornerstone.test.db.url=...} or {@code
 * CORNERSTONE_TEST_DB_URL}, default {@value TestProcessEngine#DEFAULT_DB_URL}); the run deploys the
 * three models and the DMN tables and deletes that deployment (with its instances) at the end.
 */
public final class ProcessThroughputBenchmark {

  static final int DEFAULT_INSTANCES = 200;

  /** The baseline model's key: a start event and an end event, nothing else. */
  static final String NOOP_KEY = "noop-baseline";

  static final List<Integer> DEFAULT_THREADS = List.of(1, 4);

  /** Reviewer per review task: five distinct users, so the four-eyes rule holds. */
  static final Map<String, String> REVIEWERS =
      Map.of(
          RealEstateOnboarding.TASK_COMPLIANCE_REVIEW, "bench-compliance",
          RealEstateOnboarding.TASK_INDEPENDENT_VALUATION, "bench-valuer",
          RealEstateOnboarding.TASK_LEGAL_REVIEW, "bench-legal",
          RealEstateOnboarding.TASK_FIRST_TRUSTEE_APPROVAL, "bench-trustee-a",
          RealEstateOnboarding.TASK_SECOND_TRUSTEE_APPROVAL, "bench-trustee-b");

  private static final String[] JURISDICTIONS = {"CN-SH", "HK", "SG"};

  private ProcessThroughputBenchmark() {}

  /** One run's figures; {@code nanosPerInstance} in completion order of the instances. */
  public record Result(
      int instances, int threads, long wallNanos, long[] nanosPerInstance, List<String> ids) {

    public double wallSeconds() {
      return wallNanos / 1e9;
    }

    public double instancesPerSecond() {
      return instances / wallSeconds();
    }

    public double meanMillis() {
      return Arrays.stream(nanosPerInstance).average().orElse(0) / 1e6;
    }

    public double p95Millis() {
      if (nanosPerInstance.length == 0) {
        return 0;
      }
      long[] sorted = nanosPerInstance.clone();
      Arrays.sort(sorted);
      int index = (int) Math.ceil(0.95 * sorted.length) - 1;
      return sorted[Math.max(0, index)] / 1e6;
    }
  }

  public static void main(String[] args) throws Exception {
    int instances = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_INSTANCES;
    List<Integer> threadCounts =
        args.length > 1
            ? Arrays.stream(args).skip(1).map(Integer::valueOf).toList()
            : DEFAULT_THREADS;
    int maxThreads = threadCounts.stream().mapToInt(Integer::intValue).max().orElse(1);

    ProcessEngine engine = buildEngine(new FakeOnboardingSteps(), maxThreads);
    try {
      String deploymentId = deploy(engine);
      try {
        int warmUp = Math.min(20, instances);
        run(engine, warmUp, 1); // JIT, caches, connection pool; not reported
        runNoop(engine, warmUp, 1);
        System.out.printf(
            Locale.ROOT,
            "%nreal-estate-onboarding happy path on %s (history full, %d cores, Java %s)%n",
            TestProcessEngine.jdbcUrl(),
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "warm-up: %d instances, not counted%n", warmUp);
        System.out.printf(
            Locale.ROOT,
            "%-8s %-10s %-10s %-12s %-10s %-10s %-14s %-10s%n",
            "threads",
            "completed",
            "wall s",
            "instances/s",
            "mean ms",
            "p95 ms",
            "no-op inst/s",
            "ratio");
        for (int threads : threadCounts) {
          Result baseline = runNoop(engine, instances, threads);
          Result result = run(engine, instances, threads);
          System.out.printf(
              Locale.ROOT,
              "%-8d %-10d %-10.2f %-12.1f %-10.1f %-10.1f %-14.1f %-10.3f%n",
              result.threads(),
              result.instances(),
              result.wallSeconds(),
              result.instancesPerSecond(),
              result.meanMillis(),
              result.p95Millis(),
              baseline.instancesPerSecond(),
              result.instancesPerSecond() / baseline.instancesPerSecond());
        }
      } finally {
        engine.getRepositoryService().deleteDeployment(deploymentId, true);
      }
    } finally {
      engine.close();
    }
  }

  /**
   * An engine on the test database like {@link TestProcessEngine} (job executor off, history full),
   * but with the real-estate beans registered by name for every thread, over {@code steps}.
   */
  public static ProcessEngine buildEngine(OnboardingSteps steps, int threads) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("cornerstone-workflows-benchmark-" + UUID.randomUUID());
    configuration.setJdbcDriver("org.postgresql.Driver");
    configuration.setJdbcUrl(TestProcessEngine.jdbcUrl());
    configuration.setJdbcUsername(TestProcessEngine.jdbcUser());
    configuration.setJdbcPassword(TestProcessEngine.jdbcPassword());
    configuration.setJdbcMaxActiveConnections(Math.max(10, threads * 2));
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setJobExecutorActivate(false);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setDbMetricsReporterActivate(false);
    configuration.setBeans(RealEstateWiring.beans(steps));
    return configuration.buildProcessEngine();
  }

  /**
   * Deploys the three models and the DMN tables, as the web app does, and the no-op baseline model;
   * returns the deployment.
   */
  public static String deploy(ProcessEngine engine) {
    DeploymentBuilder deployment =
        engine
            .getRepositoryService()
            .createDeployment()
            .name("throughput-benchmark")
            .addClasspathResource(RealEstateOnboarding.BPMN_RESOURCE)
            .addClasspathResource(CopyrightOnboarding.BPMN_RESOURCE)
            .addClasspathResource(InvestorOnboarding.BPMN_RESOURCE)
            .addModelInstance(
                NOOP_KEY + ".bpmn",
                Bpmn.createExecutableProcess(NOOP_KEY)
                    .startEvent("noopStarted")
                    .endEvent("noopEnded")
                    .done());
    Decisions.DMN_RESOURCES.forEach(deployment::addClasspathResource);
    return deployment.deploy().getId();
  }

  /** Runs {@code instances} happy paths on {@code threads} workers; fails if any instance fails. */
  public static Result run(ProcessEngine engine, int instances, int threads) throws Exception {
    return run(engine, instances, threads, ProcessThroughputBenchmark::happyPath);
  }

  /**
   * The baseline measured beside it: {@code instances} of the no-op model ({@value #NOOP_KEY}:
   * start event, end event; same engine, database and history level) on {@code threads} workers.
   */
  public static Result runNoop(ProcessEngine engine, int instances, int threads) throws Exception {
    return run(engine, instances, threads, ProcessThroughputBenchmark::noop);
  }

  /** One process instance, from start to its end; returns its id. */
  @FunctionalInterface
  interface Path {
    String run(ProcessEngine engine, int index);
  }

  private static Result run(ProcessEngine engine, int instances, int threads, Path path)
      throws Exception {
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    try {
      long start = System.nanoTime();
      List<Future<long[]>> futures = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < instances; i++) {
        int index = i;
        futures.add(
            workers.submit(
                () -> {
                  long begin = System.nanoTime();
                  String id = path.run(engine, index);
                  synchronized (ids) {
                    ids.add(id);
                  }
                  return new long[] {System.nanoTime() - begin};
                }));
      }
      long[] nanos = new long[instances];
      for (int i = 0; i < instances; i++) {
        nanos[i] = futures.get(i).get()[0];
      }
      long wall = System.nanoTime() - start;
      return new Result(instances, threads, wall, nanos, List.copyOf(ids));
    } finally {
      workers.shutdownNow();
    }
  }

  /** One instance of the no-op model: started, and ended by the same call. */
  static String noop(ProcessEngine engine, int index) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(NOOP_KEY, "noop-" + UUID.randomUUID())
        .getId();
  }

  /** One instance from start to {@code realEstateTokenized}; returns its id. */
  static String happyPath(ProcessEngine engine, int index) {
    TaskService tasks = engine.getTaskService();
    ManagementService management = engine.getManagementService();
    String assetId = "benchmark-" + UUID.randomUUID();
    ProcessInstance process =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                PROCESS_KEY,
                assetId,
                RealEstateOnboarding.startVariables(
                    assetId,
                    "bench-originator-" + index,
                    JURISDICTIONS[index % JURISDICTIONS.length],
                    RiskClass.values()[index % RiskClass.values().length]));
    for (String review : REVIEW_TASKS) {
      Task task =
          tasks
              .createTaskQuery()
              .processInstanceId(process.getId())
              .taskDefinitionKey(review)
              .singleResult();
      if (task == null) {
        throw new IllegalStateException(
            "Instance " + process.getId() + " is not waiting at " + review);
      }
      tasks.claim(task.getId(), REVIEWERS.get(review));
      tasks.complete(
          task.getId(),
          review.equals(TASK_INDEPENDENT_VALUATION)
              ? RealEstateOnboarding.valuationVariables(
                  BigDecimal.valueOf(100_000_000L + index * 1_000L, 2),
                  "bench-report-" + index,
                  "benchmark")
              : Reviews.decisionVariables(ReviewDecision.APPROVE, "benchmark"));
    }
    Job tokenize =
        management
            .createJobQuery()
            .processInstanceId(process.getId())
            .activityId(TASK_TOKENIZE)
            .singleResult();
    if (tokenize == null) {
      throw new IllegalStateException(
          "Instance " + process.getId() + " has no tokenization job after the reviews");
    }
    management.executeJob(tokenize.getId());
    return process.getId();
  }
}
