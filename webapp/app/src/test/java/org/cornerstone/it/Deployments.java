package org.cornerstone.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR exactly as the build packaged it: integration tests run the real thing. */
final class Deployments {
  private Deployments() {}

  static WebArchive war() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("cornerstone.war", "target/ROOT.war")));
  }
}
