package org.cornerstone.ledger.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import net.corda.v5.base.types.MemberX500Name;
import org.cornerstone.cordapp.asset.AssetContract;
import org.cornerstone.cordapp.asset.AssetKind;
import org.cornerstone.cordapp.asset.AssetState;
import org.cornerstone.cordapp.asset.AssetStatus;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;
import org.cornerstone.ledger.AssetIssuance;
import org.cornerstone.ledger.Holding;
import org.cornerstone.ledger.Ledger;
import org.cornerstone.ledger.LedgerException;
import org.cornerstone.ledger.LedgerReceipt;
import org.cornerstone.ledger.LedgerTransactionView;
import org.cornerstone.ledger.embedded.ContainerTransactionRunner;
import org.cornerstone.ledger.embedded.EmbeddedLedger;
import org.cornerstone.ledger.embedded.LedgerHash;
import org.cornerstone.ledger.embedded.LedgerStateAndRef;
import org.cornerstone.ledger.embedded.LedgerTransaction;
import org.cornerstone.ledger.embedded.Page;
import org.cornerstone.ledger.embedded.Party;
import org.cornerstone.ledger.embedded.PartyDirectory;
import org.cornerstone.ledger.embedded.TransactionDraft;
import org.cornerstone.platform.PlatformStartup;
import org.cornerstone.platform.Settings;

/**
 * {@link Ledger} on the embedded ledger: the CorDapp's states and contracts, verified and signed on
 * PostgreSQL inside the caller's JTA transaction, so the asset's status and its tokens commit
 * together.
 */
@ApplicationScoped
@Typed(EmbeddedLedgerAdapter.class)
@Transactional(Transactional.TxType.MANDATORY)
public class EmbeddedLedgerAdapter implements Ledger {
  private static final int PAGE = 1000;

  @Resource(lookup = PlatformStartup.DATASOURCE)
  DataSource dataSource;

  @Inject Settings settings;
  @Inject Clock clock;

  private EmbeddedLedger ledger;
  private PartyDirectory parties;

  @PostConstruct
  void init() {
    ContainerTransactionRunner runner = new ContainerTransactionRunner(dataSource);
    parties = new PartyDirectory(runner, settings.keySecret().toCharArray(), clock);
    ledger = new EmbeddedLedger(runner, parties, clock);
  }

  @Override
  public LedgerReceipt issueAssetTokens(AssetIssuance issuance) {
    Party issuer = party(issuance.issuer());
    Party trustee = party(issuance.trustee());
    Party registrar = party(issuance.registrar());
    Party holder = party(issuance.firstHolder());
    AssetState asset =
        new AssetState(
            issuance.assetId(),
            issuance
                .assetId(), // the instrument id: the asset id until the registry names instruments
            AssetKind.valueOf(issuance.assetKind()),
            issuer.name(),
            issuer.publicKey(),
            trustee.name(),
            trustee.publicKey(),
            registrar.name(),
            registrar.publicKey(),
            issuance.diligenceDigest(),
            AssetStatus.ACTIVE,
            issuance.valuationMinorUnits(),
            issuance.valuationCurrency());
    AssetTokenState tokens =
        new AssetTokenState(
            asset.getInstrumentId(),
            issuer.name(),
            issuer.publicKey(),
            holder.name(),
            holder.publicKey(),
            registrar.name(),
            registrar.publicKey(),
            issuance.quantity(),
            false);
    TransactionDraft draft =
        TransactionDraft.builder()
            .output(asset, tokens)
            .command(new AssetContract.Commands.Create(), new AssetTokenContract.Commands.Issue())
            .signatory(issuer.publicKey(), trustee.publicKey())
            .build();
    try {
      LedgerTransaction committed = ledger.submit(issuance.requestKey(), draft);
      return new LedgerReceipt(committed.id().toString(), committed.committedAt());
    } catch (RuntimeException e) {
      throw new LedgerException("The ledger refused the issuance: " + e.getMessage(), e);
    }
  }

  @Override
  public List<Holding> holdingsOfAsset(String assetId) {
    return sum(ledger.holdingsByInstrumentId(assetId, Page.first(PAGE)));
  }

  @Override
  public List<Holding> holdingsOfHolder(String holderX500Name) {
    return sum(ledger.holdingsByHolder(party(holderX500Name).publicKey(), Page.first(PAGE)));
  }

  @Override
  public Optional<LedgerTransactionView> transaction(String transactionId) {
    LedgerHash id;
    try {
      id = LedgerHash.parse(transactionId);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    return ledger
        .transaction(id)
        .map(
            tx ->
                new LedgerTransactionView(
                    tx.id().toString(),
                    tx.committedAt(),
                    tx.commands().stream().map(c -> c.getClass().getSimpleName()).toList(),
                    tx.signatories().stream()
                        .map(
                            k ->
                                parties
                                    .byKey(k)
                                    .map(p -> p.name().toString())
                                    .orElse("unknown key"))
                        .toList(),
                    ledger.verifyStoredTransaction(id).valid()));
  }

  private Party party(String x500Name) {
    return parties.partyFor(MemberX500Name.parse(x500Name));
  }

  private static List<Holding> sum(Collection<LedgerStateAndRef<?>> states) {
    Map<String, Holding> byKey = new LinkedHashMap<>();
    for (LedgerStateAndRef<?> state : states) {
      if (state.getContractState() instanceof AssetTokenState token) {
        String key = token.getInstrumentId() + "|" + token.getHolder();
        Holding previous = byKey.get(key);
        long quantity =
            Math.addExact(previous == null ? 0 : previous.quantity(), token.getQuantity());
        byKey.put(
            key, new Holding(token.getInstrumentId(), token.getHolder().toString(), quantity));
      }
    }
    return List.copyOf(byKey.values());
  }
}
