package org.cornerstone.loadtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load test of issue 15, a command against a running app (README, "Load test (issue 15)").
 *
 * <ol>
 *   <li>Signs in {@code --users} simulated browsers, each with its own cookie jar, on the app's
 *       sign-in page; the first {@code --trustees} share (default half) sign in as trustees, the
 *       rest as investors (demo users are shared by many sessions).
 *   <li>Each browser then loads its page again and again for {@code --seconds}, thinking {@code
 *       --think-ms min-max} between loads: trustees the inbox, investors the market screen. One
 *       page load is the route's GET, the UI init request and the navigation request that builds
 *       the view (see {@link Browser}); it is timed from the first request sent to the last answer
 *       read. After it the browser opens the page's push WebSocket ({@code --push true}, not timed)
 *       and closes it with the unload beacon before the next load. A load is, by chance one in
 *       {@code --baseline-every}, instead the nearly empty view {@code denied} (layout and a
 *       heading: the floor of a Vaadin page load), and each browser also fetches a static file
 *       after every load (the server's HTTP floor under the same concurrency). Both baselines are
 *       measured in the same run. With {@code --server-pid}, the server JVM's CPU time is read too
 *       (10 s idle first, then over the load): CPU per page load.
 *   <li>With {@code --idle M} and {@code --server-pid}, opens M more browsers (sign-in and one page
 *       each), leaves them idle, and reports the server heap per session: used heap after a full GC
 *       (jcmd) before and after, divided by M, and projected to 500 sessions.
 * </ol>
 */
public final class LoadTest {
  private static final int MAX_ERRORS_SHOWN = 8;

  /** How long the server's CPU is sampled before the load, to know its background work. */
  private static final Duration IDLE_CPU_SAMPLE = Duration.ofSeconds(10);

  private final Options options;
  private final HttpClient http;
  private final Latencies signIns = new Latencies("sign-in");
  private final Latencies inbox;
  private final Latencies market;
  private final Latencies emptyView;
  private final Latencies staticFile;
  private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
  private final AtomicLong pushed = new AtomicLong();
  private final AtomicLong pushErrors = new AtomicLong();
  private double idleServerCores = Double.NaN;

  /** The command line: {@code --name value} pairs. */
  record Options(
      URI url,
      int users,
      double trusteeShare,
      List<String[]> trustees,
      List<String[]> investors,
      String inboxRoute,
      String marketRoute,
      String baselineRoute,
      String staticPath,
      int baselineEvery,
      Duration duration,
      int thinkMinMs,
      int thinkMaxMs,
      int signInThreads,
      int idle,
      long serverPid,
      boolean push) {

    static Options parse(String... args) {
      Map<String, String> named = new LinkedHashMap<>();
      for (int i = 0; i < args.length; i += 2) {
        if (!args[i].startsWith("--") || i + 1 >= args.length) {
          throw new IllegalArgumentException("expected --name value, got " + args[i]);
        }
        named.put(args[i].substring(2), args[i + 1]);
      }
      String[] think = named.getOrDefault("think-ms", "1000-3000").split("-");
      Options options =
          new Options(
              URI.create(named.getOrDefault("url", "http://localhost:8080/")),
              Integer.parseInt(named.getOrDefault("users", "200")),
              Double.parseDouble(named.getOrDefault("trustees", "0.5")),
              credentials(named.getOrDefault("trustee-logins", "tom:tom-demo,tina:tina-demo")),
              credentials(named.getOrDefault("investor-logins", "ivan:ivan-demo,jade:jade-demo")),
              named.getOrDefault("inbox-route", "inbox"),
              named.getOrDefault("market-route", "market"),
              named.getOrDefault("baseline-route", "denied"),
              named.getOrDefault("static", "styles/cornerstone.css"),
              Integer.parseInt(named.getOrDefault("baseline-every", "5")),
              Duration.ofSeconds(Long.parseLong(named.getOrDefault("seconds", "60"))),
              Integer.parseInt(think[0]),
              Integer.parseInt(think.length > 1 ? think[1] : think[0]),
              Integer.parseInt(named.getOrDefault("sign-in-threads", "8")),
              Integer.parseInt(named.getOrDefault("idle", "0")),
              Long.parseLong(named.getOrDefault("server-pid", "0")),
              Boolean.parseBoolean(named.getOrDefault("push", "true")));
      if (options.users < 0 || options.idle < 0 || options.baselineEvery < 1) {
        throw new IllegalArgumentException("users and idle must be >= 0, baseline-every >= 1");
      }
      if (options.thinkMinMs < 0 || options.thinkMaxMs < options.thinkMinMs) {
        throw new IllegalArgumentException("--think-ms min-max with 0 <= min <= max");
      }
      if (options.trusteeShare < 0 || options.trusteeShare > 1) {
        throw new IllegalArgumentException("--trustees is a share between 0 and 1");
      }
      if (options.idle > 0 && options.serverPid <= 0) {
        throw new IllegalArgumentException("--idle needs --server-pid (the WildFly JVM's pid)");
      }
      return options;
    }

    /** {@code user:password,user:password}. */
    static List<String[]> credentials(String list) {
      List<String[]> pairs = new ArrayList<>();
      for (String pair : list.split(",")) {
        String[] parts = pair.strip().split(":", 2);
        if (parts.length != 2 || parts[0].isEmpty()) {
          throw new IllegalArgumentException("expected user:password, got " + pair);
        }
        pairs.add(parts);
      }
      return pairs;
    }

    /** How many of the users are trustees (the rest are investors). */
    int trusteeCount() {
      return (int) Math.round(users * trusteeShare);
    }
  }

  LoadTest(Options options) {
    this.options = options;
    this.inbox = new Latencies("page load /" + options.inboxRoute);
    this.market = new Latencies("page load /" + options.marketRoute);
    this.emptyView = new Latencies("baseline page load /" + options.baselineRoute);
    this.staticFile = new Latencies("baseline GET /" + options.staticPath);
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    new LoadTest(options).run();
  }

  void run() throws Exception {
    System.out.printf(
        "Load test of %s at %s: %d users (%d trustees on /%s, %d investors on /%s), %d s, think %d–%d"
            + " ms; load average %s%n",
        options.url,
        Instant.now().truncatedTo(ChronoUnit.SECONDS),
        options.users,
        options.trusteeCount(),
        options.inboxRoute,
        options.users - options.trusteeCount(),
        options.marketRoute,
        options.duration.toSeconds(),
        options.thinkMinMs,
        options.thinkMaxMs,
        loadAverage());
    if (options.users > 0) {
      loadPhase();
    }
    if (options.idle > 0) {
      idlePhase();
    }
  }

  private void loadPhase() throws Exception {
    if (options.serverPid > 0) {
      Duration before = serverCpu();
      Thread.sleep(IDLE_CPU_SAMPLE.toMillis());
      idleServerCores = serverCpu().minus(before).toMillis() / (double) IDLE_CPU_SAMPLE.toMillis();
    }
    List<User> users = signInAll(options.users, options.trusteeCount(), true);
    System.out.printf(
        "signed in %d of %d users (%s); load average %s%n",
        users.size(), options.users, signIns.summary().strip(), loadAverage());
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(users.size(), 1));
    Duration serverCpuBefore = serverCpu();
    Duration clientCpuBefore = cpu(ProcessHandle.current());
    long end = System.nanoTime() + options.duration.toNanos();
    List<Future<?>> running = new ArrayList<>();
    for (User user : users) {
      running.add(pool.submit(() -> user.work(end)));
    }
    for (Future<?> future : running) {
      future.get();
    }
    pool.shutdown();
    Duration serverCpu = serverCpu().minus(serverCpuBefore);
    Duration clientCpu = cpu(ProcessHandle.current()).minus(clientCpuBefore);
    System.out.printf(
        "%nResults (%d users, %d s, load average at the end %s):%n",
        users.size(), options.duration.toSeconds(), loadAverage());
    System.out.println("  " + inbox.summary());
    System.out.println("  " + market.summary());
    System.out.println("  " + emptyView.summary());
    System.out.println("  " + staticFile.summary());
    long loads = inbox.count() + market.count() + emptyView.count();
    System.out.printf(
        "  %.1f page loads/s; push %s: %d WebSocket(s) failed to open, %d message(s) pushed%n",
        loads / (double) options.duration.toSeconds(),
        options.push ? "on" : "off",
        pushErrors.get(),
        pushed.get());
    double seconds = options.duration.toSeconds();
    if (options.serverPid > 0) {
      System.out.printf(
          "  server JVM CPU %.1f s in %.0f s (%.2f cores busy; %.2f when idle before): %.0f ms of"
              + " CPU per page load, static files and push included%n",
          serverCpu.toMillis() / 1000.0,
          seconds,
          serverCpu.toMillis() / 1000.0 / seconds,
          idleServerCores,
          loads == 0 ? Double.NaN : serverCpu.toMillis() / (double) loads);
    }
    System.out.printf(
        "  this client's CPU %.1f s (%.2f cores) on %d cores%n",
        clientCpu.toMillis() / 1000.0,
        clientCpu.toMillis() / 1000.0 / seconds,
        Runtime.getRuntime().availableProcessors());
    System.out.printf(
        "  target p95 < 300 ms: /%s %s, /%s %s%n",
        options.inboxRoute, verdict(inbox), options.marketRoute, verdict(market));
    printErrors();
  }

  private void idlePhase() throws Exception {
    HeapProbe heap = new HeapProbe(options.serverPid);
    long before = heap.usedAfterFullGc();
    System.out.printf(
        "%nIdle sessions: server heap used after full GC before: %.1f MiB%n", mib(before));
    int trustees = (int) Math.round(options.idle * options.trusteeShare);
    long started = System.nanoTime();
    List<User> idle = signInAll(options.idle, trustees, false);
    for (User user : idle) {
      if (user.ui == null) {
        throw new IllegalStateException("an idle user has no page open");
      }
    }
    System.out.printf(
        "opened %d idle sessions (sign-in + one page each%s) in %.1f s; load average %s%n",
        idle.size(),
        options.push ? " with its push WebSocket open" : ", no push WebSocket",
        (System.nanoTime() - started) / 1e9,
        loadAverage());
    Thread.sleep(5_000);
    long after = heap.usedAfterFullGc();
    double perSession = (after - before) / (double) idle.size();
    System.out.printf(
        "  server heap used after full GC with %d idle sessions: %.1f MiB (+%.1f MiB)%n",
        idle.size(), mib(after), mib(after - before));
    System.out.printf(
        "  heap per idle session: %.1f KiB; 500 sessions: %.1f MiB of session state, %.1f MiB"
            + " heap in all with the %.1f MiB the server used before (target < 1024 MiB: %s)%n",
        perSession / 1024,
        mib(perSession * 500),
        mib(before + perSession * 500),
        mib(before),
        before + perSession * 500 < 1024.0 * 1024 * 1024 ? "met" : "NOT met");
    printErrors();
  }

  /** Signs in {@code count} browsers, {@code trustees} of them trustees, a few at a time. */
  private List<User> signInAll(int count, int trustees, boolean timed) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(options.signInThreads);
    AtomicInteger done = new AtomicInteger();
    List<Future<User>> futures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      boolean trustee = i < trustees;
      List<String[]> logins = trustee ? options.trustees : options.investors;
      String[] login = logins.get(i % logins.size());
      futures.add(
          pool.submit(
              () -> {
                User user = new User(trustee, new Browser(http, options.url, pushed));
                long start = System.nanoTime();
                try {
                  user.browser.signIn(login[0], login[1]);
                  if (timed) {
                    signIns.record(System.nanoTime() - start);
                  } else {
                    user.ui = user.browser.open(user.route());
                    user.check(user.ui, user.route());
                    if (options.push) {
                      user.browser.connectPush(user.ui);
                    }
                  }
                } catch (IOException | RuntimeException e) {
                  signIns.error();
                  error("sign-in of " + login[0], e);
                  return null;
                }
                int n = done.incrementAndGet();
                if (n % 100 == 0) {
                  System.out.printf("  %d signed in%n", n);
                }
                return user;
              }));
    }
    List<User> users = new ArrayList<>();
    for (Future<User> future : futures) {
      User user = future.get();
      if (user != null) {
        users.add(user);
      }
    }
    pool.shutdown();
    return users;
  }

  /** One simulated user: a browser and its role's page. */
  private final class User {
    final boolean trustee;
    final Browser browser;
    Browser.Ui ui;

    User(boolean trustee, Browser browser) {
      this.trustee = trustee;
      this.browser = browser;
    }

    String route() {
      return trustee ? options.inboxRoute : options.marketRoute;
    }

    /** Page loads with think time until {@code end}; the first after a random part of a think. */
    void work(long end) {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      try {
        Thread.sleep(random.nextInt(options.thinkMaxMs + 1));
        while (System.nanoTime() < end) {
          boolean baseline = random.nextInt(options.baselineEvery) == 0;
          String route = baseline ? options.baselineRoute : route();
          Latencies stats = baseline ? emptyView : trustee ? inbox : market;
          if (ui != null) {
            try {
              browser.unload(ui); // the browser leaves the previous page (not timed)
            } catch (IOException e) {
              error("unload", e);
            }
            ui = null;
          }
          long start = System.nanoTime();
          try {
            Browser.Ui opened = browser.open(route);
            check(opened, route);
            stats.record(System.nanoTime() - start);
            ui = opened;
          } catch (IOException | RuntimeException e) {
            stats.error();
            error("page load /" + route, e);
          }
          if (ui != null && options.push) {
            try {
              browser.connectPush(ui); // as the browser does after the page load (not timed)
            } catch (IOException | RuntimeException e) {
              pushErrors.incrementAndGet();
              error("push of /" + route, e);
            }
          }
          long staticStart = System.nanoTime();
          try {
            browser.fetch(options.staticPath);
            staticFile.record(System.nanoTime() - staticStart);
          } catch (IOException | RuntimeException e) {
            staticFile.error();
            error("GET /" + options.staticPath, e);
          }
          Thread.sleep(think(random));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /**
     * A page that shows the sign-in form instead of the view is an error (signed out), and so is
     * one without its view's element id (e.g. rerouted to another view).
     */
    void check(Browser.Ui opened, String route) throws IOException {
      if (Uidl.node(opened.view, "tag", "vaadin-login-form").isPresent()) {
        throw new IOException("/" + route + " showed the sign-in form: signed out");
      }
      String id = expectedId(route);
      if (id != null && Uidl.node(opened.view, "id", id).isEmpty()) {
        throw new IOException("/" + route + " has no element with id " + id);
      }
    }
  }

  /** The element id each known view sets on itself (null: only the sign-in check). */
  static String expectedId(String route) {
    String path = route.split("\\?", 2)[0];
    return switch (path) {
      case "inbox" -> "review-inbox-view";
      case "market" -> "markets-view";
      case "denied" -> "access-denied";
      default -> path.startsWith("market/") ? "instrument-market-view" : null;
    };
  }

  /** The server JVM's CPU time (user + system) so far; zero without {@code --server-pid}. */
  private Duration serverCpu() {
    if (options.serverPid <= 0) {
      return Duration.ZERO;
    }
    return ProcessHandle.of(options.serverPid)
        .map(LoadTest::cpu)
        .orElseThrow(() -> new IllegalStateException("no process " + options.serverPid));
  }

  private static Duration cpu(ProcessHandle process) {
    return process.info().totalCpuDuration().orElse(Duration.ZERO);
  }

  private int think(ThreadLocalRandom random) {
    return options.thinkMinMs + random.nextInt(options.thinkMaxMs - options.thinkMinMs + 1);
  }

  private void error(String what, Exception e) {
    if (errors.size() < 1000) {
      errors.add(what + ": " + e);
    }
  }

  private void printErrors() {
    if (errors.isEmpty()) {
      System.out.println("  no errors");
      return;
    }
    System.out.printf("  %d error(s), the first %d:%n", errors.size(), MAX_ERRORS_SHOWN);
    errors.stream().limit(MAX_ERRORS_SHOWN).forEach(e -> System.out.println("    " + e));
    errors.clear();
  }

  private static String verdict(Latencies stats) {
    double p95 = stats.percentileMillis(95);
    if (Double.isNaN(p95)) {
      return "no samples";
    }
    return String.format("p95 %.0f ms %s", p95, p95 < 300 ? "met" : "NOT met");
  }

  private static double mib(double bytes) {
    return bytes / (1024 * 1024);
  }

  /** This machine's 1/5/15-minute load average (client and server share it in the README run). */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
