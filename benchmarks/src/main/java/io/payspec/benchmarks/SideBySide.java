package io.payspec.benchmarks;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every side-by-side benchmark (methods named {@code <operation>_<path>_payspec} and
 * {@code <operation>_<path>_floor}, and optionally {@code _retrofit}) with short settings and the GC profiler, then prints, per pair,
 * payspec's time and allocation per operation divided by the floor's (and by Retrofit's). An optional argument narrows
 * the benchmarks by a regular expression.
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
        .include(args.length > 0 ? args[0] : ".*SideBySide\\..*_(payspec|floor|retrofit)$")
        .warmupIterations(2)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(3)
        .measurementTime(TimeValue.seconds(1))
        .forks(1)
        .threads(1)
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
        .append("| benchmark | payspec us/op | floor us/op | time payspec/floor | payspec B/op | floor B/op "
            + "| allocation payspec/floor | time payspec/retrofit | allocation payspec/retrofit |\n")
        .append("|---|---|---|---|---|---|---|---|---|\n");
    pairs.forEach((pair, sides) -> {
      RunResult payspec = sides.get("payspec");
      RunResult floor = sides.get("floor");
      if (payspec == null || floor == null) {
        return;
      }
      double payspecTime = payspec.getPrimaryResult().getScore();
      double floorTime = floor.getPrimaryResult().getScore();
      double payspecBytes = allocation(payspec);
      double floorBytes = allocation(floor);
      RunResult retrofit = sides.get("retrofit");
      String againstRetrofit = retrofit == null ? " | |" : String.format(Locale.ROOT, " %.2fx | %.2fx |",
          payspecTime / retrofit.getPrimaryResult().getScore(), payspecBytes / allocation(retrofit));
      table.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2fx | %.0f | %.0f | %.2fx |%s%n",
          pair.substring(pair.lastIndexOf('.') + 1), payspecTime, floorTime, payspecTime / floorTime,
          payspecBytes, floorBytes, payspecBytes / floorBytes, againstRetrofit));
    });
    return table.toString();
  }

  private static double allocation(RunResult result) {
    Result<?> allocation = result.getSecondaryResults().get(ALLOCATION);
    return allocation == null ? Double.NaN : allocation.getScore();
  }
}
