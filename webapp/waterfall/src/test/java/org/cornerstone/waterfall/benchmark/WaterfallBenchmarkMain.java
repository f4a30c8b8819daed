package org.cornerstone.waterfall.benchmark;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link WaterfallBenchmark} with JMH (one fork, one warm-up and three measured iterations of
 * the given seconds each) and prints each figure next to the naive-sum baseline measured in the
 * same run, and whether the waterfall alone meets its 100 ms target. Argument: seconds per
 * iteration (default 5). With 1 second (the CI smoke mode) it runs one 300 ms iteration of each, no
 * warm-up, in this JVM: only a check that the command works, the figures mean nothing.
 */
public final class WaterfallBenchmarkMain {

  private WaterfallBenchmarkMain() {}

  public static void main(String[] args) throws RunnerException {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    boolean smoke = seconds <= 1;
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    Options options =
        new OptionsBuilder()
            .include(WaterfallBenchmark.class.getName() + "\\.")
            .forks(smoke ? 0 : 1)
            .warmupIterations(smoke ? 0 : 1)
            .warmupTime(TimeValue.seconds(seconds))
            .measurementIterations(smoke ? 1 : 3)
            .measurementTime(smoke ? TimeValue.milliseconds(300) : TimeValue.seconds(seconds))
            .build();
    Collection<RunResult> results = new Runner(options).run();
    double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    Map<String, double[]> figures = new TreeMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      figures.put(
          name.substring(name.lastIndexOf('.') + 1),
          new double[] {
            result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError()
          });
    }
    System.out.println();
    System.out.printf(
        "Waterfall: 360 monthly periods, 3 tranches, 10,000 loans on the tape, 6%% CPR, 2%% CDR"
            + " (%s; load average %.2f before, %.2f after; %d cores)%n",
        smoke ? "SMOKE MODE, figures meaningless" : seconds + " s iterations",
        loadBefore,
        loadAfter,
        Runtime.getRuntime().availableProcessors());
    System.out.printf("%-20s %12s %12s %12s%n", "benchmark", "ms/op", "± error", "× baseline");
    double[] baseline = figures.get("baselineNaiveSum");
    for (String name :
        new String[] {"projection", "waterfall", "tapeToWaterfall", "baselineNaiveSum"}) {
      double[] figure = figures.get(name);
      if (figure == null) {
        continue;
      }
      System.out.printf(
          "%-20s %12.3f %12.3f %12.2f%n",
          name, figure[0], figure[1], baseline == null ? Double.NaN : figure[0] / baseline[0]);
    }
    double[] waterfall = figures.get("waterfall");
    if (waterfall != null) {
      System.out.printf(
          "waterfall alone: %.3f ms per 360-period run, target < 100 ms: %s%n",
          waterfall[0], waterfall[0] < 100 ? "met" : "NOT met");
    }
  }
}
