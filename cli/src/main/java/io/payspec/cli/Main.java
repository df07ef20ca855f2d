package io.payspec.cli;

import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderModule;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * The {@code payspec} command line: {@code demo}, {@code sandbox}, {@code list}, and
 * {@code <provider> [<version>] <operation>} for every operation of every installed provider. Arguments
 * are parsed by hand; every command answers {@code --help}. See {@link ExitCode} for the exit codes.
 */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.getenv()));
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   * @param out where results go
   * @param err where errors go
   * @param env the environment (credentials)
   * @return the exit code: 0 success; 2 bad usage or an invalid request (nothing sent); 3 the provider
   *     answered with an error; 4 the provider could not be reached; 1 anything else
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    Io io = new Io(out, err, env);
    try {
      return dispatch(List.of(args), io, Catalog.installed());
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

  private static int dispatch(List<String> args, Io io, Catalog catalog) {
    if (args.isEmpty()) {
      MainHelp.print(io.err(), catalog);
      return ExitCode.USAGE;
    }
    String first = args.get(0);
    List<String> rest = args.subList(1, args.size());
    switch (first) {
      case "--help", "-h", "help" -> {
        MainHelp.print(io.out(), catalog);
        return ExitCode.OK;
      }
      case "demo" -> {
        return new DemoCommand().run(rest, io);
      }
      case "sandbox" -> {
        return new SandboxCommand().run(rest, io);
      }
      case "list" -> {
        return new ListCommand(catalog).run(rest, io);
      }
      default -> {
        return operation(first, rest, io, catalog);
      }
    }
  }

  private static int operation(String providerId, List<String> args, Io io, Catalog catalog) {
    if (providerId.startsWith("-")) {
      throw new UsageException("unknown option " + optionName(providerId) + "; see --help");
    }
    ProviderModule module = catalog.provider(providerId).orElseThrow(() -> new UsageException(
        "unknown command or provider '" + providerId + "'; commands: demo, sandbox, list; providers: "
            + String.join(", ", catalog.modules().stream().map(m -> m.provider().id()).toList())
            + "; see --help"));
    boolean versioned = !args.isEmpty() && Catalog.versions(module).contains(args.get(0));
    String version = versioned ? args.get(0) : null;
    int next = versioned ? 1 : 0;
    if (next >= args.size() || args.get(next).startsWith("-")) {
      if (ParsedOptions.wantsHelp(args)) {
        ProviderHelp.print(io.out(), module);
        return ExitCode.OK;
      }
      throw new UsageException("name an operation: payspec " + providerId + " [" + String.join("|",
          Catalog.versions(module)) + "] " + String.join("|", Catalog.operationNames(module)) + "; see --help");
    }
    String name = args.get(next);
    String where = providerId + (version == null ? "" : " " + version);
    Operation<?, ?> operation = Catalog.operation(module, version, name).orElseThrow(() -> new UsageException(
        where + " has no " + (version == null ? "version or operation" : "operation") + " '" + name
            + "'; versions: " + String.join(", ", Catalog.versions(module))
            + "; operations: " + String.join(", ", Catalog.operationNames(module))));
    String invocation = "payspec " + providerId + " " + operation.version() + " " + name;
    return new OperationCommand(operation, invocation).run(args.subList(next + 1, args.size()), io);
  }

  /** The option without any {@code =value}: a mistyped {@code --api-key=...} never prints its value. */
  private static String optionName(String arg) {
    int equals = arg.indexOf('=');
    return equals < 0 ? arg : arg.substring(0, equals);
  }
}
