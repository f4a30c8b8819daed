package org.cornerstone.financing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.financing.application.FinancingFakes.DAQING;
import static org.cornerstone.financing.application.FinancingFakes.INVESTOR;
import static org.cornerstone.financing.application.FinancingFakes.NORTHSTAR;
import static org.cornerstone.financing.application.FinancingFakes.SONGHUA;
import static org.cornerstone.financing.application.FinancingFakes.TIER3;
import static org.cornerstone.financing.application.FinancingFakes.supplier;

import java.time.LocalDate;
import java.util.Set;
import org.cornerstone.financing.domain.CertificateAmount;
import org.cornerstone.registry.controls.application.HolderTransfers;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.junit.jupiter.api.Test;

class CertificateTransfersTest {
  final FinancingFakes.World world = new FinancingFakes.World();
  static final LocalDate LATER = LocalDate.of(2027, 3, 1);

  @Test
  void splitsPassDownTheChainAndSumExactlyToTheFaceValue() {
    world.issue("PC-1", 100_000_000, LATER);
    HopView first =
        world.transfers.transfer(supplier(SONGHUA), "PC-1", NORTHSTAR.id(), "400,000.00", "k1");
    HopView second =
        world.transfers.transfer(supplier(NORTHSTAR), "PC-1", TIER3.id(), "150000.01", "k2");
    assertThat(first.amountMinor()).isEqualTo(40_000_000);
    assertThat(second.amountMinor()).isEqualTo(15_000_001);
    assertThat(world.ledger.tokensOf("PC-1", SONGHUA.x500Name())).isEqualTo(60_000_000);
    assertThat(world.ledger.tokensOf("PC-1", NORTHSTAR.x500Name())).isEqualTo(24_999_999);
    assertThat(world.ledger.tokensOf("PC-1", TIER3.x500Name())).isEqualTo(15_000_001);

    LineageView lineage = world.lineage.lineage(supplier(TIER3), "PC-1");
    assertThat(lineage.nodes())
        .extracting(LineageView.Node::organisation, LineageView.Node::depth)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("songhua", 0),
            org.assertj.core.groups.Tuple.tuple("northstar", 1),
            org.assertj.core.groups.Tuple.tuple("tier3", 2));
    assertThat(lineage.agrees()).isTrue();
    assertThat(lineage.holders().stream().mapToLong(LineageView.Holder::onLedgerMinor).sum())
        .isEqualTo(100_000_000);
  }

  @Test
  void aDoubleSubmitAnswersTheSameHopAndMovesOnce() {
    world.issue("PC-2", 10_000, LATER);
    HopView once =
        world.transfers.transfer(supplier(SONGHUA), "PC-2", NORTHSTAR.id(), "40.00", "same");
    HopView twice =
        world.transfers.transfer(supplier(SONGHUA), "PC-2", NORTHSTAR.id(), "40.00", "same");
    assertThat(twice).isEqualTo(once);
    assertThat(world.holderTransfers.calls).isEqualTo(1);
    assertThat(world.ledger.tokensOf("PC-2", NORTHSTAR.x500Name())).isEqualTo(4_000);
    assertThatThrownBy(
            () ->
                world.transfers.transfer(
                    supplier(SONGHUA), "PC-2", NORTHSTAR.id(), "41.00", "same"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("already used for a different transfer");
  }

  @Test
  void refusesZeroNegativeFractionsAndMoreThanHeld() {
    world.issue("PC-3", 10_000, LATER);
    Actor suki = supplier(SONGHUA);
    assertThatThrownBy(() -> world.transfers.transfer(suki, "PC-3", NORTHSTAR.id(), "0", "a"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(CertificateAmount.NOT_POSITIVE);
    assertThatThrownBy(() -> world.transfers.transfer(suki, "PC-3", NORTHSTAR.id(), "-1.00", "b"))
        .hasMessageContaining(CertificateAmount.NOT_POSITIVE);
    assertThatThrownBy(() -> world.transfers.transfer(suki, "PC-3", NORTHSTAR.id(), "1.001", "c"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("whole minor units");
    assertThatThrownBy(() -> world.transfers.transfer(suki, "PC-3", NORTHSTAR.id(), "100.01", "d"))
        .isInstanceOfSatisfying(
            HolderTransfers.TransferRefused.class,
            r ->
                assertThat(r.refusals())
                    .extracting(HolderTransfers.Refusal::code)
                    .containsExactly(HolderTransfers.INSUFFICIENT_HOLDING));
    assertThatThrownBy(() -> world.transfers.transfer(suki, "PC-3", NORTHSTAR.id(), "1.00", " "))
        .hasMessageContaining("request key is required");
    assertThat(world.ledger.tokensOf("PC-3", SONGHUA.x500Name())).isEqualTo(10_000);
    assertThat(world.records.hops).isEmpty();
  }

  @Test
  void aFrozenHoldingCannotMove() {
    world.issue("PC-4", 10_000, LATER);
    world.ledger.frozen.put("PC-4", java.util.Map.of(SONGHUA.x500Name(), 9_000L));
    assertThatThrownBy(
            () -> world.transfers.transfer(supplier(SONGHUA), "PC-4", NORTHSTAR.id(), "20.00", "f"))
        .isInstanceOfSatisfying(
            HolderTransfers.TransferRefused.class,
            r ->
                assertThat(r.refusals())
                    .extracting(HolderTransfers.Refusal::code)
                    .containsExactly(HolderTransfers.HOLDING_FROZEN));
  }

  @Test
  void onlyToAnotherOnboardedSupplierNotInvestorsNorTheObligorNorItself() {
    world.issue("PC-5", 10_000, LATER);
    Actor suki = supplier(SONGHUA);
    assertThatThrownBy(() -> world.transfers.transfer(suki, "PC-5", INVESTOR.id(), "1.00", "i"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("is not an onboarded supplier");
    assertThatThrownBy(() -> world.transfers.transfer(suki, "PC-5", DAQING.id(), "1.00", "o"))
        .hasMessageContaining("is not an onboarded supplier");
    assertThatThrownBy(() -> world.transfers.transfer(suki, "PC-5", SONGHUA.id(), "1.00", "s"))
        .hasMessage(CertificateTransfers.SELF);
    assertThatThrownBy(() -> world.transfers.transfer(suki, "PC-5", "nobody", "1.00", "n"))
        .hasMessageContaining("No organisation nobody");
    assertThatThrownBy(() -> world.transfers.transfer(suki, "PC-9", NORTHSTAR.id(), "1.00", "u"))
        .isInstanceOf(NotFoundException.class);
    Actor derek = new Actor("derek", "Derek", DAQING.id(), Set.of(Role.DEBTOR));
    assertThatThrownBy(() -> world.transfers.transfer(derek, "PC-5", NORTHSTAR.id(), "1.00", "d"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(world.holderTransfers.calls).isZero();
  }

  @Test
  void noTransferOnOrAfterTheMaturityDate() {
    // the clock says 2026-12-06
    world.issue("PC-6", 10_000, LocalDate.of(2026, 12, 6));
    world.issue("PC-7", 10_000, LocalDate.of(2026, 12, 1));
    for (String id : new String[] {"PC-6", "PC-7"}) {
      assertThatThrownBy(
              () ->
                  world.transfers.transfer(supplier(SONGHUA), id, NORTHSTAR.id(), "1.00", "m" + id))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("no transfer on or after the maturity date");
    }
    assertThat(world.holderTransfers.calls).isZero();
  }

  @Test
  void theLineageSaysWhenTheHopsAndTheLedgerDisagree() {
    world.issue("PC-8", 10_000, LATER);
    world.transfers.transfer(supplier(SONGHUA), "PC-8", NORTHSTAR.id(), "30.00", "h");
    // a move on the ledger that no hop recorded
    world.ledger.move(
        org.cornerstone.ledgergateway.RequestKey.of("elsewhere"),
        "PC-8",
        NORTHSTAR.x500Name(),
        TIER3.x500Name(),
        1_000);
    LineageView lineage = world.lineage.lineage(supplier(SONGHUA), "PC-8");
    assertThat(lineage.agrees()).isFalse();
    assertThat(lineage.holders())
        .filteredOn(h -> !h.agrees())
        .extracting(LineageView.Holder::organisation)
        .containsExactlyInAnyOrder("northstar", "tier3");
    assertThatThrownBy(() -> world.lineage.lineage(supplier(FinancingFakes.TIER3), "PC-1"))
        .isInstanceOf(NotFoundException.class);
  }
}
