package org.cornerstone.matching.benchmark;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link MatchingBenchmark} with JMH, throughput (commands/s) and sampled latency (p50, p99,
 * p99.9 of single commands), and prints the engine next to the baselines measured in the same run.
 * Argument: seconds per iteration (default 5): one fork, one warm-up and three measured iterations
 * per benchmark and mode. With 1 second (the CI smoke mode) it runs one 300 ms iteration of each,
 * no warm-up, in this JVM (about 2 s in all): only a check that the command works, the figures mean
 * nothing.
 */
public final class MatchingBenchmarkMain {

  private MatchingBenchmarkMain() {}

  public static void main(String[] args) throws RunnerException {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    boolean smoke = seconds <= 1;
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    Options options =
        new OptionsBuilder()
            .include(MatchingBenchmark.class.getName() + "\\.")
            .mode(Mode.Throughput)
            .mode(Mode.SampleTime)
            .timeUnit(TimeUnit.MICROSECONDS)
            .forks(smoke ? 0 : 1)
            .warmupIterations(smoke ? 0 : 1)
            .warmupTime(TimeValue.seconds(seconds))
            .measurementIterations(smoke ? 1 : 3)
            .measurementTime(smoke ? TimeValue.milliseconds(300) : TimeValue.seconds(seconds))
            .build();
    Collection<RunResult> results = new Runner(options).run();
    double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

    Map<String, double[]> throughput = new TreeMap<>();
    Map<String, Statistics> latency = new TreeMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      name =
          name.substring(name.lastIndexOf('.') + 1)
              + "/"
              + result.getParams().getParam("spreadTicks");
      if (result.getParams().getMode() == Mode.Throughput) {
        throughput.put(
            name,
            new double[] {
              result.getPrimaryResult().getScore() * 1e6,
              result.getPrimaryResult().getScoreError() * 1e6
            });
      } else {
        latency.put(name, result.getPrimaryResult().getStatistics());
      }
    }
    System.out.println();
    System.out.printf(
        "Matching core, one instrument, one thread (%s; load average %.2f before, %.2f after; %d cores)%n",
        smoke ? "SMOKE MODE, figures meaningless" : seconds + " s iterations",
        loadBefore,
        loadAfter,
        Runtime.getRuntime().availableProcessors());
    System.out.printf(
        "%-12s %7s %14s %12s %10s %10s %10s %10s%n",
        "benchmark", "spread", "commands/s", "± error", "p50 µs", "p99 µs", "p99.9 µs", "× naive");
    for (String spread : new String[] {"24", "200"}) {
      double[] naiveFigure = throughput.get("naiveBook/" + spread);
      double naive = naiveFigure == null ? Double.NaN : naiveFigure[0];
      for (String benchmark : new String[] {"engine", "naiveBook", "streamOnly"}) {
        String name = benchmark + "/" + spread;
        double[] t = throughput.get(name);
        Statistics l = latency.get(name);
        if (t == null || l == null) {
          continue;
        }
        // throughput was measured in commands/µs, sampled times are in µs (the run's time unit)
        System.out.printf(
            "%-12s %7s %,14.0f %,12.0f %10.3f %10.3f %10.3f %10.2f%n",
            benchmark,
            spread + " t",
            t[0],
            t[1],
            l.getPercentile(50),
            l.getPercentile(99),
            l.getPercentile(99.9),
            t[0] / naive);
      }
    }
    System.out.println(
        "One command = a new order, cancel or amendment; latency is JMH's sampled time of single"
            + " commands (includes the timer and the generator: streamOnly is that floor);"
            + " spread: new orders up to that many ticks from the mid.");
  }
}
