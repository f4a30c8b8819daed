package org.cornerstone.loadtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server JVM's used heap after a full GC, asked of the JVM itself with {@code jcmd <pid>
 * GC.run} and then {@code GC.heap_info} (no credentials: jcmd attaches as the same OS user). {@code
 * GC.run} is {@code System.gc()}, a full collection unless the server runs with {@code
 * -XX:+DisableExplicitGC} or {@code ExplicitGCInvokesConcurrent}.
 */
final class HeapProbe {
  /**
   * G1 prints one line "garbage-first heap total 262144K, used 123456K [...", Parallel and Serial
   * one per generation (young, old); metaspace lines have no "total".
   */
  private static final Pattern USED = Pattern.compile("total\\s+(\\d+)K,\\s+used\\s+(\\d+)K");

  private final long pid;

  HeapProbe(long pid) {
    this.pid = pid;
  }

  /** Used heap in bytes after a full GC (two GCs, so what the first one freed late is gone too). */
  long usedAfterFullGc() throws IOException, InterruptedException {
    jcmd("GC.run");
    jcmd("GC.run");
    return usedBytes(jcmd("GC.heap_info"));
  }

  /** The used heap in bytes: the sum of {@code GC.heap_info}'s "total …K, used …K" lines. */
  static long usedBytes(String heapInfo) {
    Matcher matcher = USED.matcher(heapInfo);
    long usedKiB = 0;
    boolean found = false;
    while (matcher.find()) {
      usedKiB += Long.parseLong(matcher.group(2));
      found = true;
    }
    if (!found) {
      throw new IllegalArgumentException("no 'total …K, used …K' in GC.heap_info:\n" + heapInfo);
    }
    return usedKiB * 1024;
  }

  private String jcmd(String command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(List.of("jcmd", String.valueOf(pid), command))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("jcmd " + pid + " " + command + " failed:\n" + output);
    }
    return output;
  }
}
