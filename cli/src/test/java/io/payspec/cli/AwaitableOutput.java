package io.payspec.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** An output stream a test can wait on until some text has been written (monitor wait, no polling sleep). */
final class AwaitableOutput extends OutputStream {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  @Override
  public synchronized void write(int b) {
    bytes.write(b);
    notifyAll();
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    bytes.write(b, off, len);
    notifyAll();
  }

  synchronized String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Waits until the text contains {@code expected}; fails after {@code timeout}. */
  synchronized String await(String expected, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!text().contains(expected)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("'" + expected + "' was not written within " + timeout + "; written:\n" + text());
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return text();
  }
}
