package io.payspec.cli;

import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderInfo;
import io.payspec.runtime.meta.ProviderModule;
import java.util.List;
import java.util.stream.Collectors;

/** {@code payspec list}: every installed provider, its versions and operations, with the documented URLs. */
final class ListCommand implements Command {
  private final Catalog catalog;

  ListCommand(Catalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public int run(List<String> args, Io io) {
    if (ParsedOptions.wantsHelp(args)) {
      io.out().println("Usage: payspec list");
      io.out().println();
      io.out().println("Lists every provider on the class path, its API versions and operations, with the documented");
      io.out().println("method and URL, and how each provider takes its credentials.");
      return ExitCode.OK;
    }
    ParsedOptions.parse(args, List.of());
    Table operations = new Table().row("PROVIDER", "VERSION", "OPERATION", "METHOD", "URL", "DESCRIPTION");
    for (ProviderModule module : catalog.modules()) {
      for (Operation<?, ?> operation : module.operations()) {
        operations.row(module.provider().id(), operation.version(), Catalog.kebab(operation.name()),
            operation.method().name(), Catalog.url(operation), operation.description());
      }
    }
    operations.print(io.out(), "");
    io.out().println();
    Table providers = new Table().row("PROVIDER", "NAME", "AUTHENTICATION", "CREDENTIALS");
    for (ProviderModule module : catalog.modules()) {
      ProviderInfo provider = module.provider();
      providers.row(provider.id(), provider.name(), Catalog.authSummary(provider),
          provider.auth().credentialNames().stream()
              .map(name -> Catalog.optionName(name) + " / " + Catalog.envName(provider, name))
              .collect(Collectors.joining(", ")));
    }
    providers.print(io.out(), "");
    io.out().println();
    io.out().println("Call one with: payspec <provider> [<version>] <operation> --help");
    return ExitCode.OK;
  }
}
