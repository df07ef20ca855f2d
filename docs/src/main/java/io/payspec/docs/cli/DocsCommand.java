package io.payspec.docs.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code payspec docs}: what to do when a provider's documentation changes. {@code check} compares
 * pages with the spec; {@code scaffold} drafts a descriptor for a page the spec does not cover yet.
 */
@Command(
    name = "docs",
    mixinStandardHelpOptions = true,
    description = "Compare providers' documentation pages with the spec, or draft a descriptor from a page.",
    subcommands = {CheckCommand.class, ScaffoldCommand.class})
public final class DocsCommand implements Callable<Integer> {
  /** Exit code for bad usage and unreadable pages. */
  static final int USAGE = 2;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  /**
   * Runs {@code payspec docs} with arguments.
   *
   * @param args e.g. {@code check page.md --format json}
   * @param out where results go
   * @param err where errors and usage help go
   * @return the exit code: 0 nothing found at or above {@code --fail-on}, 1 something found, 2 bad usage
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cli = commandLine();
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    return cli.execute(args);
  }

  /** The command with its subcommands and error handling, for embedding in a larger command line. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new DocsCommand());
    cli.setExecutionExceptionHandler((e, command, parsed) -> {
      command.getErr().println("payspec docs: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return USAGE;
    });
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }
}
