package io.payspec.benchmarks.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * This JVM's CPU time by kind of thread, read from Linux's {@code /proc/self/task/<tid>/stat}: the
 * thread that ran javac ({@code main}, which the launcher names after the process), the JIT's
 * compiler threads ({@code jit}), the collector's threads and the VM thread that runs its pauses
 * ({@code gc}), and the rest ({@code other}). A compilation's process CPU moves by up to 30% from
 * run to run, most of it in the JIT; javac's own thread is the steadier measure of the work done.
 * Empty where there is no {@code /proc}; threads that have ended are not counted.
 */
final class ThreadCpu {
  /** Clock ticks per second of {@code utime} and {@code stime}: USER_HZ, 100 on every Linux port. */
  private static final long TICKS_PER_SECOND = 100;

  private ThreadCpu() {}

  /** Nanoseconds of CPU by kind ({@code main}, {@code jit}, {@code gc}, {@code other}), or empty. */
  static Map<String, Long> byKind() {
    Map<String, Long> nanos = new LinkedHashMap<>();
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return nanos;
    }
    for (String kind : new String[] {"main", "jit", "gc", "other"}) {
      nanos.put(kind, 0L);
    }
    try (Stream<Path> threads = Files.list(tasks)) {
      for (Path thread : (Iterable<Path>) threads::iterator) {
        String stat;
        try {
          stat = Files.readString(thread.resolve("stat"));
        } catch (IOException ended) {
          continue;
        }
        // pid (comm) state ... with utime and stime the 14th and 15th fields; comm may hold spaces.
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        String name = stat.substring(open + 1, close);
        String[] fields = stat.substring(close + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        nanos.merge(kind(name), ticks * 1_000_000_000L / TICKS_PER_SECOND, Long::sum);
      }
    } catch (IOException | RuntimeException unreadable) {
      return Map.of();
    }
    return nanos;
  }

  private static String kind(String threadName) {
    if (threadName.equals("java") || threadName.equals("main")) {
      return "main";
    }
    if (threadName.contains("CompilerThre")) {
      return "jit";
    }
    if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ") || threadName.equals("VM Thread")) {
      return "gc";
    }
    return "other";
  }
}
