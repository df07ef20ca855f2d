package io.payspec.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The paths that run on one thread without the network ({@code _request_} and {@code _response_}),
 * payspec beside the floor, timed in thread CPU time rather than wall time: on a machine shared with
 * other jobs, wall-clock scores are mostly waiting for a core, while the CPU a thread spends per
 * operation is not ({@link AlternatingRounds}: rounds of {@value #PER_ROUND} operations, the first
 * {@value #WARMUP_ROUNDS} of {@value #ROUNDS} warm up). An optional argument narrows the pairs by a
 * regular expression. {@link CallsCpuSideBySide} does the same for whole calls.
 *
 * <pre>
 * java -cp "benchmarks/target/classes:benchmarks/target/lib/*" io.payspec.benchmarks.CpuTimeSideBySide response
 * </pre>
 */
public final class CpuTimeSideBySide {
  private static final int PER_ROUND = 20_000;
  private static final int WARMUP_ROUNDS = 10;
  private static final int ROUNDS = 40;

  private CpuTimeSideBySide() {}

  /** Runs the pairs and prints the table. */
  public static void main(String[] args) throws Exception {
    Pattern only = Pattern.compile(args.length > 0 ? args[0] : "_(request|response)_");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    AlternatingRounds rounds = new AlternatingRounds(threads::getCurrentThreadCpuTime, PER_ROUND, WARMUP_ROUNDS, ROUNDS);
    InvoiceCallsSideBySide suite = new InvoiceCallsSideBySide();
    suite.setUp();
    try {
      List<String> pairs = new ArrayList<>();
      for (Method method : InvoiceCallsSideBySide.class.getMethods()) {
        String name = method.getName();
        if (name.endsWith("_payspec") && !name.contains("_call_") && only.matcher(name).find()) {
          pairs.add(name.substring(0, name.length() - "_payspec".length()));
        }
      }
      pairs.sort(null);
      System.out.println("| benchmark | payspec CPU us/op | floor CPU us/op | CPU payspec/floor |");
      System.out.println("|---|---|---|---|");
      for (String pair : pairs) {
        Method payspec = InvoiceCallsSideBySide.class.getMethod(pair + "_payspec");
        Method floor = InvoiceCallsSideBySide.class.getMethod(pair + "_floor");
        double[] best = rounds.best(suite, List.of(payspec, floor));
        System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2fx |%n", pair, best[0], best[1], best[0] / best[1]);
      }
    } finally {
      suite.tearDown();
    }
  }
}
