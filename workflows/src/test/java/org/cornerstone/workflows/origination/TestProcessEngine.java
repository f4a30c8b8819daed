package org.cornerstone.workflows.origination;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * One process engine per test JVM on the real PostgreSQL database (system property {@code
 * cornerstone.test.db.url} or env {@code CORNERSTONE_TEST_DB_URL}, likewise {@code .user} / {@code
 * _USER} and {@code .password} / {@code _PASSWORD}). Job executor off: tests run jobs themselves.
 * Delegates resolve through {@code Mocks}.
 */
public final class TestProcessEngine {

  public static final String DEFAULT_DB_URL =
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
    configuration.setJdbcUrl(jdbcUrl());
    configuration.setJdbcUsername(jdbcUser());
    configuration.setJdbcPassword(jdbcPassword());
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setJobExecutorActivate(false);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setExpressionManager(new MockExpressionManager());
    configuration.setDbMetricsReporterActivate(false);
    return configuration.buildProcessEngine();
  }

  /** The test database's JDBC URL (default {@value #DEFAULT_DB_URL}). */
  public static String jdbcUrl() {
    return setting("cornerstone.test.db.url", "CORNERSTONE_TEST_DB_URL", DEFAULT_DB_URL);
  }

  public static String jdbcUser() {
    return setting("cornerstone.test.db.user", "CORNERSTONE_TEST_DB_USER", "postgres");
  }

  public static String jdbcPassword() {
    return setting("cornerstone.test.db.password", "CORNERSTONE_TEST_DB_PASSWORD", "");
  }

  private static String setting(String property, String env, String fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(env);
    }
    return value == null || value.isBlank() ? fallback : value;
  }
}
