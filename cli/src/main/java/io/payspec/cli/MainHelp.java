package io.payspec.cli;

import io.payspec.runtime.meta.ProviderInfo;
import io.payspec.runtime.meta.ProviderModule;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code payspec --help}: the commands, the installed providers, credentials and exit codes. */
final class MainHelp {
  private MainHelp() {}

  /**
   * Prints the help.
   *
   * @param contributed commands of other modules by name, with their one-line description
   */
  static void print(PrintStream out, Catalog catalog, Map<String, String> contributed) {
    out.println("payspec: typed clients for crypto payment providers, generated from their documentation.");
    out.println();
    out.println("Usage:");
    Table table = new Table()
        .row("payspec demo", "create an invoice with every provider's endpoint against an in-process sandbox")
        .row("payspec sandbox [--port N]", "serve every provider's endpoints on 127.0.0.1 until Ctrl-C")
        .row("payspec sandbox pay --url URL ...", "pay, expire, fail, ... in a running sandbox (payspec sandbox --help)")
        .row("payspec list", "list the providers, their versions and operations")
        .row("payspec <provider> [<version>] <operation> [options]", "call an operation; the version defaults"
            + " to the newest")
        .row("payspec <command> --help", "the options of a command")
        .row("payspec generate-completion", "print a bash/zsh completion script: source <(./payspec generate-completion)")
        .row("payspec --providers <jar>[,<jar>] ...", "also load the providers generated in these jars (or set "
            + ProviderJars.VARIABLE + ")");
    contributed.forEach((name, description) -> table.row("payspec " + name, description));
    table.print(out, "  ");
    out.println();
    List<String> ids = new ArrayList<>();
    List<String> variables = new ArrayList<>();
    for (ProviderModule module : catalog.modules()) {
      ProviderInfo provider = module.provider();
      ids.add(provider.id());
      provider.auth().credentialNames().forEach(name -> variables.add(Catalog.envName(provider, name)));
    }
    out.println("Providers: " + String.join(", ", ids));
    out.println();
    HelpExample.of(catalog).ifPresent(example -> {
      out.println("Example:");
      out.println("  " + example);
      out.println();
    });
    HelpLayout.wrap(out, "Credentials come from options (see an operation's --help) or from the environment ("
        + String.join(", ", variables) + "); they are never printed.", "");
    out.println();
    out.println(ExitCode.describe());
  }
}
