package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.corda.v5.base.types.MemberX500Name;
import org.cornerstone.cordapp.asset.AssetContract;
import org.cornerstone.cordapp.asset.AssetKind;
import org.cornerstone.cordapp.asset.AssetState;
import org.cornerstone.cordapp.asset.AssetStatus;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No invoice financed twice, decided by the ledger itself (ADR 0021): a second creation of a
 * RECEIVABLE asset with the same asset id is refused whatever the application checked before.
 */
class UniqueReceivableIT {

  private static final MemberX500Name TRUSTEE =
      MemberX500Name.parse("O=Cornerstone Trust, L=Daqing, C=CN");
  private static final MemberX500Name REGISTRAR =
      MemberX500Name.parse("O=Cornerstone Operator, L=Daqing, C=CN");

  private static LedgerFixture f;
  private static Party trustee;
  private static Party registrar;

  @BeforeAll
  static void ledger() {
    f = new LedgerFixture();
    trustee = f.parties.partyFor(TRUSTEE);
    registrar = f.parties.partyFor(REGISTRAR);
  }

  @Test
  void aSecondIssuanceOfTheSameReceivableIsRefusedNamingTheFirstTransaction() {
    LedgerTransaction first = issue("invoice-aaa", "cert-1", AssetKind.RECEIVABLE, "cert-1.issue");

    // another certificate (instrument), another request key, same invoice: the app check bypassed
    assertThatThrownBy(() -> issue("invoice-aaa", "cert-2", AssetKind.RECEIVABLE, "cert-2.issue"))
        .isInstanceOf(LedgerException.class)
        .hasMessageContaining(UniqueAssets.ALREADY_ISSUED)
        .hasMessageContaining("invoice-aaa")
        .hasMessageContaining(first.id().toString());

    // nothing of the refused transaction was written
    assertThat(f.ledger.holdingsByInstrumentId("cert-2", Page.first(10))).isEmpty();
    assertThat(
            TestDatabase.count(
                f.dataSource,
                "select count(*) from ledger.unique_asset where asset_id = 'invoice-aaa'"))
        .isEqualTo(1);
    // the same request key again is the same transaction (idempotent), not a refusal
    assertThat(issue("invoice-aaa", "cert-1", AssetKind.RECEIVABLE, "cert-1.issue").id())
        .isEqualTo(first.id());
  }

  @Test
  void concurrentIssuancesOfOneReceivableCommitExactlyOne() throws Exception {
    int attempts = 6;
    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<LedgerTransaction>> results = new ArrayList<>();
    try {
      for (int i = 0; i < attempts; i++) {
        String certificate = "cert-c" + i;
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return issue(
                      "invoice-bbb", certificate, AssetKind.RECEIVABLE, certificate + ".issue");
                }));
      }
      start.countDown();
      int committed = 0;
      int refused = 0;
      for (Future<LedgerTransaction> result : results) {
        try {
          result.get();
          committed++;
        } catch (java.util.concurrent.ExecutionException e) {
          assertThat(e.getCause())
              .isInstanceOf(LedgerException.class)
              .hasMessageContaining(UniqueAssets.ALREADY_ISSUED);
          refused++;
        }
      }
      assertThat(committed).isEqualTo(1);
      assertThat(refused).isEqualTo(attempts - 1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(
            TestDatabase.count(
                f.dataSource,
                "select count(*) from ledger.state where state_type = '"
                    + AssetState.class.getName()
                    + "' and state_json::jsonb ->> 'assetId' = 'invoice-bbb'"))
        .isEqualTo(1);
  }

  @Test
  void otherAssetKindsAndUpdatesOfTheReceivableAreNotCreations() {
    issue("building-7", "building-7a", AssetKind.REAL_ESTATE, "building-7a.issue");
    issue("building-7", "building-7b", AssetKind.REAL_ESTATE, "building-7b.issue");

    LedgerTransaction issued =
        issue("invoice-ccc", "cert-ccc", AssetKind.RECEIVABLE, "cert-ccc.issue");
    var asset = issued.outputs(AssetState.class).get(0);
    LedgerTransaction updated =
        f.ledger.submit(
            "cert-ccc.retire",
            TransactionDraft.builder()
                .input(asset.getRef())
                .output(asset.getState().getContractState().withStatus(AssetStatus.RETIRED))
                .command(new AssetContract.Commands.Update())
                .signatory(trustee.publicKey())
                .consent(Consent.Kind.DECISION, "test", trustee.publicKey())
                .build());
    assertThat(updated.outputs(AssetState.class)).hasSize(1);
  }

  private static LedgerTransaction issue(
      String assetId, String instrumentId, AssetKind kind, String requestKey) {
    AssetState asset =
        new AssetState(
            assetId,
            instrumentId,
            kind,
            f.bank.name(),
            f.bank.publicKey(),
            trustee.name(),
            trustee.publicKey(),
            registrar.name(),
            registrar.publicKey(),
            digest(assetId),
            AssetStatus.ACTIVE,
            100_000_000L,
            "CNY");
    AssetTokenState token =
        new AssetTokenState(
            instrumentId,
            f.bank.name(),
            f.bank.publicKey(),
            f.alice.name(),
            f.alice.publicKey(),
            registrar.name(),
            registrar.publicKey(),
            100_000_000L,
            false);
    return f.ledger.submit(
        requestKey,
        TransactionDraft.builder()
            .output(asset, token)
            .command(new AssetContract.Commands.Create(), new AssetTokenContract.Commands.Issue())
            .signatory(f.bank.publicKey(), trustee.publicKey(), registrar.publicKey())
            .consent(
                Consent.Kind.INSTRUCTION,
                "test",
                f.bank.publicKey(),
                trustee.publicKey(),
                registrar.publicKey())
            .build());
  }

  private static String digest(String evidence) {
    return HexFormat.of()
        .formatHex(LedgerHash.sha256(evidence.getBytes(StandardCharsets.UTF_8)).getBytes());
  }
}
