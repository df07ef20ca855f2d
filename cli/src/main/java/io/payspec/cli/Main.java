package io.payspec.cli;

import io.payspec.docs.cli.DocsCommand;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
    System.exit(run(args, System.in, System.out, System.err, System.getenv()));
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
    return run(args, InputStream.nullInputStream(), out, err, env);
  }

  /**
   * Runs the command line with a standard input ({@code verify-notification} reads the body from it).
   *
   * @param args the arguments
   * @param in standard input
   * @param out where results go
   * @param err where errors go
   * @param env the environment
   * @return the exit code, as {@link #run(String[], PrintStream, PrintStream, Map)}; 5 a notification that is not authentic
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
    Io io = new Io(in, out, err, env);
    if (args.length > 0 && args[0].equals("docs")) {
      // payspec-docs parses, reports and chooses its exit codes itself (0, 1 drift found, 2 bad usage).
      return DocsCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
    }
    try (ProviderJars providers = ProviderJars.load(List.of(args), env)) {
      return new CommandTree(providers.catalog()).run(providers.args(), io);
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
}
