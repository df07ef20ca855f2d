package io.payspec.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Runs {@link Main#run} in-process and captures what it printed. */
final class Cli {
  private Cli() {}

  /** The outcome of one run. */
  record Result(int exitCode, String out, String err) {
    /** Both streams, for failure messages and for checking that something is printed nowhere. */
    String both() {
      return "exit " + exitCode + "\n--- out:\n" + out + "\n--- err:\n" + err;
    }
  }

  static Result run(String... args) {
    return run(Map.of(), args);
  }

  static Result run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Main.run(args, o, e, env);
    }
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Result run(Map<String, String> env, List<String> args) {
    return run(env, args.toArray(String[]::new));
  }
}
