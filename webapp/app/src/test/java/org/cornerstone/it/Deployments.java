package org.cornerstone.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR exactly as the build packaged it: integration tests run the real thing, plus the
 * test-only {@link FinancingSeam} (issue 22: certificates issued and a core enterprise funded
 * without the onboarding and cash screens of other parts).
 */
final class Deployments {
  private Deployments() {}

  static WebArchive war() {
    return ShrinkWrap.createFromZipFile(
            WebArchive.class, new File(System.getProperty("cornerstone.war", "target/ROOT.war")))
        .addClasses(FinancingSeam.class, FinancingSeam.Seams.class, FinancingSeam.Servlet.class);
  }
}
