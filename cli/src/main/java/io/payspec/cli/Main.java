package io.payspec.cli;

import io.payspec.docs.cli.DocsCommand;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The {@code payspec} command line: {@code demo}, {@code sandbox}, {@code list},
 * {@code generate-completion}, and {@code <provider> [<version>] <operation>} for every operation of
 * every installed provider (and of the jars given with {@code --providers}). Arguments are parsed by
 * picocli against a {@link CommandTree} built from the operation metadata; every command answers
 * {@code --help}. See {@link ExitCode} for the exit codes.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.getenv()));
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   * @param out where results go
   * @param err where errors go
   * @param env the environment (credentials, {@code PAYSPEC_PROVIDERS})
   * @return the exit code: 0 success; 2 bad usage or an invalid request (nothing sent); 3 the provider
   *     answered with an error; 4 the provider could not be reached; 1 anything else
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    Io io = new Io(out, err, env);
    if (args.length > 0 && args[0].equals("docs")) {
      // payspec-docs parses, reports and chooses its exit codes itself (0, 1 drift found, 2 bad usage).
      return DocsCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
    }
    try (ProviderJars providers = ProviderJars.load(List.of(args), env)) {
      return dispatch(providers.args(), io, new CommandTree(providers.catalog()));
    } catch (UsageException e) {
      err.println("payspec: " + e.getMessage());
      return ExitCode.USAGE;
    } catch (RuntimeException e) {
      err.println("payspec: unexpected failure: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return ExitCode.FAILED;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * Parses every argument against the tree, then runs the deepest command named (or the first one
   * asked for {@code --help}) with the arguments after its name.
   */
  private static int dispatch(List<String> args, Io io, CommandTree tree) {
    CommandLine root = tree.root();
    root.setOut(new PrintWriter(io.out(), true));
    root.setErr(new PrintWriter(io.err(), true));
    ParseResult level;
    try {
      level = root.parseArgs(args.toArray(String[]::new));
    } catch (CommandLine.ParameterException e) {
      throw UsageErrors.of(e, tree.unknownWords());
    }
    int position = 0;
    while (level.hasSubcommand() && !level.hasMatchedOption(CommonOptions.HELP)) {
      level = level.subcommand();
      position = args.subList(position, args.size()).indexOf(level.commandSpec().name()) + position + 1;
    }
    Object command = level.commandSpec().userObject();
    if (command instanceof Command own) {
      return own.run(args.subList(position, args.size()), io);
    }
    return runForeign(level, command);
  }

  /** A picocli command contributed by another module (its options are already injected). */
  private static int runForeign(ParseResult level, Object command) {
    CommandLine line = level.commandSpec().commandLine();
    if (level.isUsageHelpRequested()) {
      line.usage(line.getOut());
      return ExitCode.OK;
    }
    try {
      if (command instanceof Callable<?> callable) {
        return callable.call() instanceof Integer code ? code : ExitCode.OK;
      }
      if (command instanceof Runnable runnable) {
        runnable.run();
        return ExitCode.OK;
      }
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    throw new UsageException("name a subcommand of " + level.commandSpec().qualifiedName() + "; see --help");
  }
}
