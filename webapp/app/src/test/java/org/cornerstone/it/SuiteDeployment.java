package org.cornerstone.it;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.event.container.AfterStart;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * One deployment of the WAR for the whole integration-test suite. Arquillian deploys a test class's
 * {@code @Deployment} before the class and undeploys it after, so 17 classes cost 17 application
 * starts (Flyway, Camunda's engine, the demo seed: about 20 s each on two cores). The suite's
 * server is started once anyway; this extension deploys the WAR right after the start and undeploys
 * it right before the stop, and the test classes take the application's address from {@link
 * #base()}. The classes still run under Arquillian's extension, which starts and stops the managed
 * WildFly.
 *
 * <p>Consequence for tests: the application is not restarted between classes, so in-memory state
 * (caches, engines, sessions) carries over, as it does in production; tests must not rely on a
 * fresh start (the database was never reset between classes either).
 */
public final class SuiteDeployment implements LoadableExtension {
  private static final Logger LOG = Logger.getLogger(SuiteDeployment.class.getName());
  private static volatile URL base;

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Lifecycle.class);
  }

  /** The deployed application's root address; fails if the suite's server is not up. */
  static URL base() {
    if (base == null) {
      throw new IllegalStateException(
          "The suite's WildFly has not deployed the WAR: run the class under ArquillianExtension.");
    }
    return base;
  }

  /** Arquillian's observer: deploy after the container started, undeploy before it stops. */
  public static final class Lifecycle {
    private WebArchive war;

    public void deploy(@Observes AfterStart started) throws Exception {
      DeployableContainer<?> container = started.getDeployableContainer();
      war = Deployments.war();
      long start = System.nanoTime();
      ProtocolMetaData meta = container.deploy(war);
      HTTPContext http = meta.getContexts(HTTPContext.class).iterator().next();
      base = address(http);
      LOG.info(
          "Deployed "
              + war.getName()
              + " once for the suite at "
              + base
              + " in "
              + (System.nanoTime() - start) / 1_000_000
              + " ms");
    }

    public void undeploy(@Observes BeforeStop stopping) throws Exception {
      if (war != null) {
        stopping.getDeployableContainer().undeploy(war);
        war = null;
        base = null;
      }
    }

    private static URL address(HTTPContext http) throws MalformedURLException {
      return new URL(http.getScheme(), http.getHost(), http.getPort(), "/");
    }
  }
}
