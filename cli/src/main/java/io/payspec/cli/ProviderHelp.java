package io.payspec.cli;

import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderModule;
import java.io.PrintStream;

/** {@code payspec <provider> --help}: the provider's versions and operations. */
final class ProviderHelp {
  private ProviderHelp() {}

  static void print(PrintStream out, ProviderModule module) {
    String id = module.provider().id();
    out.println("Usage: payspec " + id + " [" + String.join("|", Catalog.versions(module)) + "] <operation> [options]");
    out.println();
    HelpLayout.wrap(out, module.provider().description(), "");
    out.println();
    Table table = new Table();
    for (Operation<?, ?> operation : module.operations()) {
      table.row("payspec " + id + " " + operation.version() + " " + Catalog.kebab(operation.name()),
          operation.method() + " " + Catalog.url(operation));
    }
    table.print(out, "  ");
    out.println();
    out.println("The version defaults to the newest. Each operation's --help lists its options.");
  }
}
