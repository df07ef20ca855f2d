package io.payspec.okhttp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import okhttp3.Call;

/**
 * Cancels a blocking OkHttp call whose caller is interrupted. OkHttp's {@code execute()} blocks in
 * socket I/O, which an interrupt does not wake; so that a call still runs on the caller's own thread
 * (no hand-off to a dispatcher thread and back), each call in flight is registered here with its
 * thread, and one daemon thread looks at them every {@value #POLL_MILLIS} ms while any is in flight,
 * cancelling the call of an interrupted thread (which closes its connection). With no call in flight
 * it waits without polling. Registering costs a map entry; nothing is started or scheduled per call.
 */
final class InterruptWatcher {
  /** How often the calls in flight are looked at: the longest an interrupt waits to cancel its call. */
  static final long POLL_MILLIS = 10;
  /** Idle polls before the watcher stops polling and waits for the next call. */
  private static final int IDLE_POLLS = 100;

  private final Map<Call, Thread> inFlight = new ConcurrentHashMap<>();
  private volatile Thread watcher;
  private volatile boolean waiting;

  /** Watches {@code call}, made on the current thread, until {@link #done}. */
  void watch(Call call) {
    inFlight.put(call, Thread.currentThread());
    Thread current = watcher;
    if (current == null) {
      start();
    } else if (waiting) {
      LockSupport.unpark(current);
    }
  }

  /** Stops watching {@code call}. */
  void done(Call call) {
    inFlight.remove(call);
  }

  private synchronized void start() {
    if (watcher == null) {
      Thread thread = new Thread(this::run, "payspec-okhttp-interrupt-watcher");
      thread.setDaemon(true);
      watcher = thread;
      thread.start();
    }
  }

  private void run() {
    int idle = 0;
    while (true) {
      if (inFlight.isEmpty()) {
        idle++;
        if (idle >= IDLE_POLLS) {
          waiting = true;
          if (inFlight.isEmpty()) {
            LockSupport.park(this);
          }
          waiting = false;
          idle = 0;
          continue;
        }
      } else {
        idle = 0;
        inFlight.forEach((call, thread) -> {
          if (thread.isInterrupted()) {
            call.cancel();
          }
        });
      }
      LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS));
    }
  }
}
