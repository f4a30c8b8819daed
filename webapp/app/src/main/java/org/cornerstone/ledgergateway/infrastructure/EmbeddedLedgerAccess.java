package org.cornerstone.ledgergateway.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import net.corda.v5.base.types.MemberX500Name;
import org.cornerstone.ledger.embedded.ContainerTransactionRunner;
import org.cornerstone.ledger.embedded.EmbeddedLedger;
import org.cornerstone.ledger.embedded.Page;
import org.cornerstone.ledger.embedded.Party;
import org.cornerstone.ledger.embedded.PartyDirectory;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.platform.PlatformStartup;
import org.cornerstone.platform.Settings;

/**
 * The embedded ledger and its party directory as the embedded adapters share them: one instance
 * over the application's datasource, working inside the caller's JTA transaction.
 */
@ApplicationScoped
@Typed(EmbeddedLedgerAccess.class)
public class EmbeddedLedgerAccess {
  /** Rows per page when an adapter reads all of a query's answer. */
  static final int PAGE = Page.MAX_LIMIT;

  @Resource(lookup = PlatformStartup.DATASOURCE)
  DataSource dataSource;

  @Inject Settings settings;
  @Inject Clock clock;

  private EmbeddedLedger ledger;
  private PartyDirectory parties;

  public EmbeddedLedgerAccess() {}

  /** For tests: a given ledger and directory. */
  EmbeddedLedgerAccess(EmbeddedLedger ledger, PartyDirectory parties) {
    this.ledger = ledger;
    this.parties = parties;
  }

  @PostConstruct
  void init() {
    if (ledger == null) {
      ContainerTransactionRunner runner = new ContainerTransactionRunner(dataSource);
      parties = new PartyDirectory(runner, settings.keySecret().toCharArray(), clock);
      ledger = new EmbeddedLedger(runner, parties, clock);
    }
  }

  EmbeddedLedger ledger() {
    return ledger;
  }

  PartyDirectory parties() {
    return parties;
  }

  /** The ledger party (with its keys) of this name, created on first use. */
  Party party(PartyName name) {
    return parties.partyFor(MemberX500Name.parse(name.x500()));
  }

  /** Every page of a paged query, in order. */
  static <T> List<T> all(Function<Page, List<T>> query) {
    List<T> all = new ArrayList<>();
    Page page = Page.first(PAGE);
    while (true) {
      List<T> rows = query.apply(page);
      all.addAll(rows);
      if (rows.size() < page.limit()) {
        return all;
      }
      page = page.next();
    }
  }
}
