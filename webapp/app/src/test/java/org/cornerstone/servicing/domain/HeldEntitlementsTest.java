package org.cornerstone.servicing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.servicing.application.Entitling;
import org.junit.jupiter.api.Test;

/**
 * The rule for held entitlements (ADR 0016): released only when held and no longer frozen, paid
 * once, keyed per (distribution, holder), and the totals by state add up to the net declared.
 */
class HeldEntitlementsTest {
  private static final String IVY =
      "CN=Ivy Capital Management, O=Ivy Capital Management, L=Hong Kong, C=HK";
  private static final String HARBOUR =
      "CN=Harbour Realty Ltd, O=Harbour Realty Ltd, L=Shenzhen, C=CN";

  private static StoredEntitlement entitlement(String holder, String state, boolean frozen) {
    return new StoredEntitlement(
        "DIST-000007",
        holder,
        100,
        frozen,
        1_234_568,
        true,
        "HK",
        "QUALIFIED",
        1000,
        123_456,
        1_111_112,
        state,
        null,
        null,
        null,
        null);
  }

  @Test
  void aHeldEntitlementIsRefusedWhileTheHolderStillHasFrozenTokens() {
    StoredEntitlement held = entitlement(IVY, StoredEntitlement.HELD, true);
    assertThatThrownBy(() -> HeldEntitlements.decide(held, "RE-000042", 40))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            IVY
                + " still has 40 frozen tokens of RE-000042: the held entitlement is released"
                + " only after the registrar has unfrozen the holding.");
  }

  @Test
  void aHeldEntitlementIsPaidOnceTheHoldingIsUnfrozen() {
    StoredEntitlement held = entitlement(IVY, StoredEntitlement.HELD, true);
    assertThat(HeldEntitlements.decide(held, "RE-000042", 0))
        .isEqualTo(HeldEntitlements.Decision.PAY);

    StoredEntitlement released = held.released("tx-1", Instant.EPOCH, "tom");
    assertThat(released.state()).isEqualTo(StoredEntitlement.PAID);
    assertThat(released.releasedBy()).isEqualTo("tom");
    assertThat(released.ledgerTransaction()).isEqualTo("tx-1");
    assertThat(released.netMinor()).isEqualTo(held.netMinor());
    // a second release (double submit, retry) pays nothing, even if frozen again meanwhile
    assertThat(HeldEntitlements.decide(released, "RE-000042", 0))
        .isEqualTo(HeldEntitlements.Decision.ALREADY_PAID);
    assertThat(HeldEntitlements.decide(released, "RE-000042", 25))
        .isEqualTo(HeldEntitlements.Decision.ALREADY_PAID);
  }

  @Test
  void onlyAHeldEntitlementIsReleased() {
    for (StoredEntitlement e :
        List.of(
            entitlement(IVY, StoredEntitlement.PENDING, false),
            entitlement(HARBOUR, StoredEntitlement.RETAINED, false),
            // paid in its batch, never held: not a release
            entitlement(IVY, StoredEntitlement.PAID, false))) {
      assertThatThrownBy(() -> HeldEntitlements.decide(e, "RE-000042", 0))
          .as(e.state())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("not held: only a held entitlement is released")
          .hasMessageContaining(e.state().toLowerCase(java.util.Locale.ROOT));
    }
  }

  @Test
  void theReleaseKeyIsOnePerDistributionAndHolderAndALedgerKey() {
    String key = HeldEntitlements.releaseKey("DIST-000007", IVY);
    assertThat(key)
        .isEqualTo(HeldEntitlements.releaseKey("DIST-000007", IVY))
        .startsWith("distribution-DIST-000007.release-")
        .hasSize("distribution-DIST-000007.release-".length() + 32)
        .isNotEqualTo(HeldEntitlements.releaseKey("DIST-000007", HARBOUR))
        .isNotEqualTo(HeldEntitlements.releaseKey("DIST-000008", IVY));
    // both steps' keys are valid ledger request keys
    assertThat(RequestKey.of(key + ".fund").value()).endsWith(".fund");
    assertThat(RequestKey.of(key + ".pay").value()).endsWith(".pay");
  }

  @Test
  void paidPlusHeldPlusRetainedIsTheNetDeclaredBeforeAndAfterTheRelease() {
    Random random = new Random(13);
    for (int round = 0; round < 500; round++) {
      long net = 1 + random.nextInt(50_000_000);
      int n = 1 + random.nextInt(12);
      List<Entitlements.Position> positions = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        positions.add(
            new Entitlements.Position(
                String.format("O=Holder %02d, L=Shanghai, C=CN", i),
                1 + random.nextInt(10_000),
                random.nextInt(4) == 0));
      }
      List<StoredEntitlement> computed =
          Entitling.entitlements(
              "DIST-" + round,
              net,
              "O=Holder 00, L=Shanghai, C=CN", // the payer holds unsold supply: RETAINED
              positions,
              h -> new Entitling.Investor("CN", "RETAIL"),
              (country, category) -> 2000,
              50);
      // the batches are paid, the held stay held
      List<StoredEntitlement> paid =
          computed.stream()
              .map(
                  e ->
                      StoredEntitlement.PENDING.equals(e.state())
                          ? e.paid("tx-batch", Instant.EPOCH)
                          : e)
              .toList();
      HeldEntitlements.Totals before = HeldEntitlements.totals(paid);
      assertThat(before.entitledMinor()).isEqualTo(net);
      assertThat(before.pendingMinor()).isZero();
      assertThat(before.heldHolders())
          .isEqualTo(
              (int) paid.stream().filter(e -> StoredEntitlement.HELD.equals(e.state())).count());

      List<StoredEntitlement> released =
          paid.stream()
              .map(
                  e ->
                      StoredEntitlement.HELD.equals(e.state())
                          ? e.released("tx-release", Instant.EPOCH, "tom")
                          : e)
              .toList();
      HeldEntitlements.Totals after = HeldEntitlements.totals(released);
      assertThat(after.heldMinor()).isZero();
      assertThat(after.heldHolders()).isZero();
      assertThat(after.paidMinor()).isEqualTo(before.paidMinor() + before.heldMinor());
      assertThat(after.paidNetMinor()).isEqualTo(before.paidNetMinor() + before.heldNetMinor());
      assertThat(after.paidMinor() + after.retainedMinor()).isEqualTo(net);
    }
  }
}
