package io.payspec.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * Where a command writes and what it may read from its environment.
 *
 * @param in standard input (a notification's body for {@code verify-notification})
 * @param out results
 * @param err errors, violations and progress notes
 * @param env environment variables (credentials)
 */
record Io(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
  Io {
    env = Map.copyOf(env);
  }

  /** Output only: standard input is empty. */
  Io(PrintStream out, PrintStream err, Map<String, String> env) {
    this(InputStream.nullInputStream(), out, err, env);
  }
}
