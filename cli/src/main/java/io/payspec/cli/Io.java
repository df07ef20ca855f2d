package io.payspec.cli;

import java.io.PrintStream;
import java.util.Map;

/**
 * Where a command writes and what it may read from its environment.
 *
 * @param out results
 * @param err errors, violations and progress notes
 * @param env environment variables (credentials)
 */
record Io(PrintStream out, PrintStream err, Map<String, String> env) {
  Io {
    env = Map.copyOf(env);
  }
}
