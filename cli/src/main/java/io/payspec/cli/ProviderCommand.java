package io.payspec.cli;

import io.payspec.runtime.meta.ProviderModule;
import java.util.List;

/** {@code payspec <provider> [<version>]} without an operation: its help when asked for, else a usage error. */
final class ProviderCommand implements Command {
  private final ProviderModule module;

  ProviderCommand(ProviderModule module) {
    this.module = module;
  }

  @Override
  public int run(List<String> args, Io io) {
    if (ParsedOptions.wantsHelp(args)) {
      ProviderHelp.print(io.out(), module);
      return ExitCode.OK;
    }
    throw new UsageException("name an operation: payspec " + module.provider().id() + " ["
        + String.join("|", Catalog.versions(module)) + "] " + String.join("|", Catalog.operationNames(module))
        + "; see --help");
  }
}
