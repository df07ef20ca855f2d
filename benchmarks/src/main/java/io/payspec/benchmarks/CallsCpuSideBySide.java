package io.payspec.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@link CallsSideBySide}'s calls end to end, timed in the whole process's CPU time per call rather than
 * wall time: a call's work spans the calling thread, the HTTP client's own threads and the loopback
 * server's, and on a machine shared with other jobs the wall time is mostly waiting for a core, while
 * the CPU the process spends per call is not. The server's share is the same for every side. Each
 * call's four sides (payspec, payspec over OkHttp, the hand-written floor, Retrofit) run alternately
 * ({@link AlternatingRounds}: rounds of {@value #PER_ROUND} calls, the first {@value #WARMUP_ROUNDS} of
 * {@value #ROUNDS} warm up). An optional argument narrows the calls by a regular expression.
 *
 * <pre>
 * java -cp "benchmarks/target/classes:benchmarks/target/lib/*" io.payspec.benchmarks.CallsCpuSideBySide
 * </pre>
 */
public final class CallsCpuSideBySide {
  /** Calls per side per round: the process CPU clock ticks every 10 ms on Linux, 5 us a call at this count. */
  private static final int PER_ROUND = 2_000;
  private static final int WARMUP_ROUNDS = 5;
  private static final int ROUNDS = 15;
  private static final List<String> SIDES = List.of("payspec", "floor", "retrofit", "okhttp");

  private CallsCpuSideBySide() {}

  /** Runs the calls and prints the table. */
  public static void main(String[] args) throws Exception {
    Pattern only = Pattern.compile(args.length > 0 ? args[0] : "_call_");
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    AlternatingRounds rounds = new AlternatingRounds(os::getProcessCpuTime, PER_ROUND, WARMUP_ROUNDS, ROUNDS);
    CallsSideBySide suite = new CallsSideBySide();
    suite.setUp();
    try {
      List<String> calls = new ArrayList<>();
      for (Method method : CallsSideBySide.class.getMethods()) {
        String name = method.getName();
        if (name.endsWith("_payspec") && only.matcher(name).find()) {
          calls.add(name.substring(0, name.length() - "_payspec".length()));
        }
      }
      calls.sort(null);
      System.out.println("| call | payspec CPU us | floor CPU us | Retrofit CPU us | payspec over OkHttp CPU us"
          + " | payspec / floor | payspec / Retrofit | payspec over OkHttp / Retrofit |");
      System.out.println("|---|---|---|---|---|---|---|---|");
      for (String call : calls) {
        List<Method> sides = new ArrayList<>();
        for (String side : SIDES) {
          sides.add(CallsSideBySide.class.getMethod(call + "_" + side));
        }
        double[] best = rounds.best(suite, sides);
        System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f | %.2fx | %.2fx | %.2fx |%n", call,
            best[0], best[1], best[2], best[3], best[0] / best[1], best[0] / best[2], best[3] / best[2]);
      }
    } finally {
      suite.tearDown();
    }
  }
}
