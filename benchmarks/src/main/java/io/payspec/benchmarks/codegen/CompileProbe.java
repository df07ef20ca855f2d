package io.payspec.benchmarks.codegen;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Runs javac in this JVM with the given arguments and prints, as one {@code key=value} line, the
 * process CPU time, the wall time and the peak heap after GC: the largest heap occupancy any garbage
 * collection of the run left behind, read from the collectors' notifications (the same figure as
 * {@code -Xlog:gc}'s "after" column), so nothing is sampled and no collection is forced; with
 * {@value #LIVE_SET_PROPERTY} set, also the largest live set, sampled by full collections; and where
 * {@code /proc} shows them, the CPU of javac's own thread, of the JIT's threads and of the collector's
 * ({@link ThreadCpu}).
 * {@link CodegenAtScale} starts one fresh JVM of it per measured compilation.
 */
public final class CompileProbe {
  private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

  /** The system property that turns on live-set sampling: milliseconds between full collections. */
  static final String LIVE_SET_PROPERTY = "payspec.probe.liveSetEveryMillis";

  private final AtomicLong peakAfterGc = new AtomicLong();
  private final AtomicLong peakLive = new AtomicLong();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition seen = lock.newCondition();
  private long notified;

  private CompileProbe() {}

  /**
   * Arguments: javac's arguments.
   *
   * @param args javac's arguments, passed as they are
   */
  public static void main(String[] args) throws InterruptedException {
    CompileProbe probe = new CompileProbe();
    probe.listen();
    long liveEvery = Long.getLong(LIVE_SET_PROPERTY, 0);
    ScheduledExecutorService sampler = liveEvery > 0 ? probe.sampleLiveSet(liveEvery) : null;
    long start = System.nanoTime();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, System.err, args);
    long wall = System.nanoTime() - start;
    if (sampler != null) {
      sampler.shutdown();
      sampler.awaitTermination(1, TimeUnit.MINUTES);
    }
    probe.awaitNotifications(collections());
    long cpu = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    Map<String, Long> threads = ThreadCpu.byKind();
    System.out.println("status=" + status + " cpuNanos=" + cpu + " wallNanos=" + wall + " peakHeapAfterGc="
        + probe.peakAfterGc.get() + " collections=" + collections() + " maxHeap=" + Runtime.getRuntime().maxMemory()
        + (sampler == null ? "" : " peakLiveSet=" + probe.peakLive.get())
        + threads.entrySet().stream().map(e -> " " + e.getKey() + "Nanos=" + e.getValue()).collect(Collectors.joining()));
    System.exit(status);
  }

  /**
   * With {@value #LIVE_SET_PROPERTY} set: a full collection every so many milliseconds, and the heap
   * it leaves, the objects the compilation still reaches (its live set). The largest is what the
   * compilation needs at least, whatever the collector's policy; peak heap after GC also counts the
   * garbage of earlier rounds that young collections leave in the old generation. It costs CPU: a
   * run that samples is not one whose time counts.
   */
  private ScheduledExecutorService sampleLiveSet(long everyMillis) {
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "live-set-sampler");
      thread.setDaemon(true);
      return thread;
    });
    sampler.scheduleWithFixedDelay(() -> {
      System.gc();
      peakLive.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
    }, everyMillis, everyMillis, TimeUnit.MILLISECONDS);
    return sampler;
  }

  private static long collections() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount)
        .filter(c -> c > 0).sum();
  }

  private void listen() {
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
          return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long after = 0;
        for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
          if (HEAP_POOLS.contains(pool.getKey())) {
            MemoryUsage usage = pool.getValue();
            after += usage.getUsed();
          }
        }
        peakAfterGc.accumulateAndGet(after, Math::max);
        lock.lock();
        try {
          notified++;
          seen.signalAll();
        } finally {
          lock.unlock();
        }
      }, null, null);
    }
  }

  /** Notifications arrive on their own thread: wait (bounded) until every collection so far was seen. */
  private void awaitNotifications(long expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    lock.lock();
    try {
      while (notified < expected) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          System.err.println("CompileProbe: " + (expected - notified) + " GC notification(s) not received; peak may be low");
          return;
        }
        seen.awaitNanos(left);
      }
    } finally {
      lock.unlock();
    }
  }
}
