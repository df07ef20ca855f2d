package io.payspec.benchmarks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Times several sides of one comparison in CPU time rather than wall time, for a machine shared with
 * other jobs (where wall-clock scores are mostly waiting for a core): the sides run alternately in
 * rounds of a fixed number of operations, the first rounds warm up, and the least CPU time per operation
 * of the other rounds is kept for each side (interference only ever adds time).
 */
final class AlternatingRounds {
  private final LongSupplier cpuNanos;
  private final int perRound;
  private final int warmupRounds;
  private final int rounds;

  /**
   * @param cpuNanos the CPU clock: this thread's, or the whole process's when the work spans threads
   * @param perRound operations per side per round
   * @param warmupRounds rounds not counted
   * @param rounds rounds in all
   */
  AlternatingRounds(LongSupplier cpuNanos, int perRound, int warmupRounds, int rounds) {
    this.cpuNanos = cpuNanos;
    this.perRound = perRound;
    this.warmupRounds = warmupRounds;
    this.rounds = rounds;
  }

  /** The least CPU microseconds per operation of each side, in the order given. */
  double[] best(Object suite, List<Method> sides) throws ReflectiveOperationException {
    double[] best = new double[sides.size()];
    Arrays.fill(best, Double.MAX_VALUE);
    Object sink = null;
    for (int round = 0; round < rounds; round++) {
      for (int side = 0; side < sides.size(); side++) {
        Method method = sides.get(side);
        long start = cpuNanos.getAsLong();
        for (int i = 0; i < perRound; i++) {
          sink = call(method, suite);
        }
        double perOperation = (cpuNanos.getAsLong() - start) / 1e3 / perRound;
        if (round >= warmupRounds) {
          best[side] = Math.min(best[side], perOperation);
        }
      }
    }
    if (sink == null) {
      throw new IllegalStateException("no result");
    }
    return best;
  }

  private static Object call(Method method, Object suite) throws ReflectiveOperationException {
    try {
      return method.invoke(suite);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(method.getName() + " failed: " + e.getCause(), e.getCause());
    }
  }
}
