package org.cornerstone.workflows.origination;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * One process engine per test JVM on the real PostgreSQL database (env {@code
 * CORNERSTONE_TEST_DB_URL}, {@code CORNERSTONE_TEST_DB_USER}, {@code
 * CORNERSTONE_TEST_DB_PASSWORD}). Job executor off: tests run jobs themselves. Delegates resolve
 * through {@code Mocks}.
 */
public final class TestProcessEngine {

  static final String DEFAULT_DB_URL =
      "jdbc:postgresql://127.0.0.1:5432/cornerstone_workflows_test";

  private static ProcessEngine engine;

  private TestProcessEngine() {}

  public static synchronized ProcessEngine get() {
    if (engine == null) {
      engine = build();
    }
    return engine;
  }

  private static ProcessEngine build() {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("cornerstone-workflows-test");
    configuration.setJdbcDriver("org.postgresql.Driver");
    configuration.setJdbcUrl(env("CORNERSTONE_TEST_DB_URL", DEFAULT_DB_URL));
    configuration.setJdbcUsername(env("CORNERSTONE_TEST_DB_USER", "postgres"));
    configuration.setJdbcPassword(env("CORNERSTONE_TEST_DB_PASSWORD", ""));
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setJobExecutorActivate(false);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setExpressionManager(new MockExpressionManager());
    configuration.setDbMetricsReporterActivate(false);
    return configuration.buildProcessEngine();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
