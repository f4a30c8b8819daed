package org.cornerstone.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.cornerstone.platform.PlatformStarted;
import org.cornerstone.platform.Settings;

/** Seeds the demo organisations, users and investors when the platform has started, if enabled. */
@ApplicationScoped
public class DemoSeeding {
  private static final Logger LOG = Logger.getLogger(DemoSeeding.class.getName());

  @Inject DemoData demoData;
  @Inject Settings settings;

  void seed(@Observes PlatformStarted started) {
    if (settings.seedDemoData()) {
      int created = demoData.seed();
      if (created > 0) {
        LOG.info("Created " + created + " demo users (see README for their passwords).");
      }
    }
  }
}
