package org.cornerstone.review.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InboxChangesTest {
  private final List<Runnable> queued = new ArrayList<>();
  private final InboxChanges changes = new InboxChanges(queued::add);

  @Test
  void aBurstOfChangesCostsEachScreenOneRefreshAndALaterChangeAnother() throws Exception {
    AtomicInteger first = new AtomicInteger();
    AtomicInteger second = new AtomicInteger();
    changes.subscribe(first::incrementAndGet);
    AutoCloseable gone = changes.subscribe(second::incrementAndGet);

    changes.changed();
    changes.changed();
    changes.changed();
    assertThat(queued).hasSize(1); // folded into the pending notice
    queued.remove(0).run();
    assertThat(first).hasValue(1);
    assertThat(second).hasValue(1);

    gone.close();
    changes.changed();
    queued.remove(0).run();
    assertThat(first).hasValue(2);
    assertThat(second).hasValue(1); // unsubscribed: not called again
  }

  @Test
  void nothingIsQueuedWhileNoScreenListensAndAFailingListenerDoesNotStopTheOthers() {
    changes.changed();
    assertThat(queued).isEmpty();
    AtomicInteger called = new AtomicInteger();
    changes.subscribe(
        () -> {
          throw new IllegalStateException("a closed UI");
        });
    changes.subscribe(called::incrementAndGet);
    changes.changed();
    queued.remove(0).run();
    assertThat(called).hasValue(1);
    assertThat(changes.listeners()).isEqualTo(2);
  }
}
