package org.cornerstone.allocation.benchmark;

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
 * Runs {@link AllocationBenchmark} with JMH (one fork, one warm-up and three measured iterations of
 * the given seconds each) and prints each engine figure next to the baseline of the same size,
 * measured in the same run. Argument: seconds per iteration (default 5).
 */
public final class AllocationBenchmarkMain {

  private AllocationBenchmarkMain() {}

  public static void main(String[] args) throws RunnerException {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Options options =
        new OptionsBuilder()
            .include(AllocationBenchmark.class.getName() + "\\.")
            .forks(1)
            .warmupIterations(1)
            .warmupTime(TimeValue.seconds(seconds))
            .measurementIterations(3)
            .measurementTime(TimeValue.seconds(seconds))
            .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Map<String, double[]>> bySize = new TreeMap<>();
    for (RunResult result : results) {
      String size = result.getParams().getParam("size");
      String name = result.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      bySize
          .computeIfAbsent(size, s -> new TreeMap<>())
          .put(
              name,
              new double[] {
                result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError()
              });
    }
    System.out.println();
    System.out.println(
        "Allocation of an oversubscribed book (µs per allocation, mean ± 99.9% error)");
    System.out.printf(
        "%-10s %-20s %14s %12s %10s%n", "book", "benchmark", "µs/op", "± error", "× baseline");
    bySize.forEach(
        (size, figures) -> {
          double baseline = figures.get("baselineSortByTime")[0];
          figures.forEach(
              (name, figure) ->
                  System.out.printf(
                      "%-10s %-20s %14.1f %12.1f %10.2f%n",
                      size, name, figure[0], figure[1], figure[0] / baseline));
        });
  }
}
