package io.payspec.benchmarks;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every side-by-side benchmark (methods named {@code <operation>_<path>_<side>}: {@code payspec},
 * {@code floor}, and for the calls {@code okhttp} (payspec over the OkHttp transport) and
 * {@code retrofit}) with short settings and the GC profiler, then prints, per operation and path,
 * payspec's time and allocation per operation divided by the floor's, and by Retrofit's. Each class
 * keeps its own mode and threads ({@link CallsUnderLoadSideBySide}: 16 threads, throughput, where the
 * time per operation is the inverse of the throughput). An optional argument narrows the benchmarks by
 * a regular expression.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -cp "benchmarks/target/classes:benchmarks/target/lib/*" io.payspec.benchmarks.SideBySide
 * </pre>
 */
public final class SideBySide {
  private static final String ALLOCATION = "gc.alloc.rate.norm";

  private SideBySide() {}

  /** Runs the suite and prints the table. */
  public static void main(String[] args) throws RunnerException {
    Options options = new OptionsBuilder()
        .include(args.length > 0 ? args[0] : ".*SideBySide\\..*_(payspec|okhttp|floor|retrofit)$")
        .warmupIterations(2)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(3)
        .measurementTime(TimeValue.seconds(1))
        .forks(1)
        .addProfiler(GCProfiler.class)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    System.out.println(table(results));
  }

  /** The ratio table in Markdown. */
  static String table(Collection<RunResult> results) {
    Map<String, Map<String, RunResult>> pairs = new TreeMap<>();
    for (RunResult result : results) {
      String label = result.getParams().getBenchmark();
      String method = label.substring(label.lastIndexOf('.') + 1);
      int side = method.lastIndexOf('_');
      String pair = label.substring(0, label.lastIndexOf('.') + 1) + method.substring(0, side);
      pairs.computeIfAbsent(pair, key -> new TreeMap<>()).put(method.substring(side + 1), result);
    }
    StringBuilder table = new StringBuilder()
        .append("| benchmark | threads | payspec us/op | floor us/op | time payspec/floor | payspec B/op | floor B/op "
            + "| allocation payspec/floor | time payspec/retrofit | allocation payspec/retrofit "
            + "| time okhttp/floor | time okhttp/retrofit | allocation okhttp/retrofit |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    pairs.forEach((pair, sides) -> {
      RunResult payspec = sides.get("payspec");
      RunResult floor = sides.get("floor");
      if (payspec == null || floor == null) {
        return;
      }
      RunResult retrofit = sides.get("retrofit");
      RunResult okhttp = sides.get("okhttp");
      String className = pair.substring(0, pair.lastIndexOf('.'));
      table.append(String.format(Locale.ROOT, "| %s.%s | %d | %.2f | %.2f | %s | %.0f | %.0f | %s | %s | %s | %s | %s | %s |%n",
          className.substring(className.lastIndexOf('.') + 1), pair.substring(pair.lastIndexOf('.') + 1),
          payspec.getParams().getThreads(), micros(payspec), micros(floor), ratio(micros(payspec), micros(floor)),
          allocation(payspec), allocation(floor), ratio(allocation(payspec), allocation(floor)),
          retrofit == null ? "" : ratio(micros(payspec), micros(retrofit)),
          retrofit == null ? "" : ratio(allocation(payspec), allocation(retrofit)),
          okhttp == null ? "" : ratio(micros(okhttp), micros(floor)),
          okhttp == null || retrofit == null ? "" : ratio(micros(okhttp), micros(retrofit)),
          okhttp == null || retrofit == null ? "" : ratio(allocation(okhttp), allocation(retrofit))));
    });
    return table.toString();
  }

  /**
   * Microseconds per operation: the score in average-time mode, one over the throughput in throughput
   * mode (the time per operation of all threads together).
   */
  private static double micros(RunResult result) {
    double score = result.getPrimaryResult().getScore();
    String unit = result.getPrimaryResult().getScoreUnit();
    if (result.getParams().getMode() == Mode.Throughput) {
      return unit.endsWith("/s") ? 1e6 / score : unit.endsWith("/ms") ? 1e3 / score : 1 / score;
    }
    return unit.startsWith("ms") ? score * 1e3 : unit.startsWith("s/") ? score * 1e6 : score;
  }

  private static String ratio(double payspec, double reference) {
    return String.format(Locale.ROOT, "%.2fx", payspec / reference);
  }

  private static double allocation(RunResult result) {
    Result<?> allocation = result.getSecondaryResults().get(ALLOCATION);
    return allocation == null ? Double.NaN : allocation.getScore();
  }
}
