package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import net.corda.v5.ledger.utxo.StateAndRef;
import org.junit.jupiter.api.Test;

class CapTableIT {

  /** A clock the test moves forward. */
  static final class SteppingClock extends Clock {
    private volatile Instant now;

    SteppingClock(Instant start) {
      this.now = start;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void holdersAtARecordDateIgnoreLaterTransactions() {
    Instant monday = Instant.parse("2026-11-02T09:00:00Z");
    Instant wednesday = Instant.parse("2026-11-04T09:00:00Z");
    Instant friday = Instant.parse("2026-11-06T09:00:00Z");
    SteppingClock clock = new SteppingClock(monday);
    LedgerFixture f = new LedgerFixture(clock);
    StateAndRef<TestTokenState> issued =
        f.issue("asset-500.issue", "asset-500", f.alice, 100).outputs(TestTokenState.class).get(0);
    clock.set(wednesday);
    f.ledger.submit(
        "asset-500.move",
        f.moveAll(issued.getRef(), issued.getState().getContractState(), f.alice, f.bob));

    assertThat(holders(f, monday.minusSeconds(1))).isEmpty();
    assertThat(holders(f, monday)).containsExactly(f.alice.publicKey());
    assertThat(holders(f, wednesday.minusSeconds(1))).containsExactly(f.alice.publicKey());
    assertThat(holders(f, friday)).containsExactly(f.bob.publicKey());
  }

  private static List<Object> holders(LedgerFixture f, Instant recordDate) {
    return f.ledger.holdingsAt("asset-500", recordDate, Page.first(10)).stream()
        .map(s -> (Object) ((TestTokenState) s.getContractState()).getHolder())
        .toList();
  }
}
