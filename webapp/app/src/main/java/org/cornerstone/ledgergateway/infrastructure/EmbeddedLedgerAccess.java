package org.cornerstone.ledgergateway.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import net.corda.v5.base.types.MemberX500Name;
import org.cornerstone.ledger.embedded.ContainerTransactionRunner;
import org.cornerstone.ledger.embedded.EmbeddedLedger;
import org.cornerstone.ledger.embedded.LedgerTransaction;
import org.cornerstone.ledger.embedded.Page;
import org.cornerstone.ledger.embedded.Party;
import org.cornerstone.ledger.embedded.PartyDirectory;
import org.cornerstone.ledgergateway.LedgerReceipt;
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
  /** Arguments: the operation. */
  static final String NO_PLAN_YET =
      "The embedded ledger cannot %s yet: it will build that transaction from the CorDapp's"
          + " transaction plan.";

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

  /**
   * The receipt of a committed transaction, its time at PostgreSQL's precision (microseconds,
   * rounded as the JDBC driver rounds): the ledger hands back the clock's nanoseconds when it
   * commits but the stored time when a retry finds the transaction, and both must be one receipt.
   */
  static LedgerReceipt receipt(LedgerTransaction committed) {
    Instant at = committed.committedAt();
    return new LedgerReceipt(
        committed.id().toString(), at.plusNanos(500).truncatedTo(ChronoUnit.MICROS));
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
