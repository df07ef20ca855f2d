package io.payspec.benchmarks;

import io.payspec.cryptocloud.CryptoCloudClient;
import io.payspec.cryptocloud.v2.CryptoCloudV2;
import io.payspec.cryptocloud.v2.GetInvoicesRequest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;

/**
 * Counts the threads the JVM starts per blocking call (a look-up over loopback, after a warm-up): a
 * call path that hands work to {@code CompletableFuture}'s default pool starts one per call where the
 * common pool's parallelism is 1 (two CPUs, common in containers); payspec's blocking call starts none.
 *
 * <pre>
 * java -cp "benchmarks/target/classes:benchmarks/target/lib/*" io.payspec.benchmarks.ThreadsPerCall
 * </pre>
 */
public final class ThreadsPerCall {
  private static final int CALLS = 2_000;

  private ThreadsPerCall() {}

  /** Prints the threads started per call. */
  public static void main(String[] args) throws IOException {
    try (ExampleServer server = new ExampleServer(List.of(CryptoCloudV2.GET_INVOICES))) {
      CryptoCloudClient client = CryptoCloudClient.builder().apiKey("benchmark-key")
          .baseUrl(server.baseUrl().toString()).build();
      GetInvoicesRequest request = GetInvoicesRequest.builder().uuids(List.of("INV-89UX09KA")).build();
      for (int i = 0; i < CALLS / 4; i++) {
        client.v2().getInvoices(request);
      }
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long before = threads.getTotalStartedThreadCount();
      for (int i = 0; i < CALLS; i++) {
        client.v2().getInvoices(request);
      }
      long started = threads.getTotalStartedThreadCount() - before;
      System.out.printf(Locale.ROOT, "threads started per blocking call: %.3f (%d calls, common pool parallelism %d)%n",
          started / (double) CALLS, CALLS, ForkJoinPool.getCommonPoolParallelism());
    }
  }
}
