package io.payspec.cli;

import java.util.List;

/**
 * {@code payspec} alone, {@code payspec --help} and {@code payspec help}: the main help, on stdout
 * when asked for, else on stderr with exit code 2.
 */
final class RootCommand implements Command {
  private final Catalog catalog;
  private final boolean helpOnlyWhenAsked;

  RootCommand(Catalog catalog, boolean helpOnlyWhenAsked) {
    this.catalog = catalog;
    this.helpOnlyWhenAsked = helpOnlyWhenAsked;
  }

  @Override
  public int run(List<String> args, Io io) {
    if (helpOnlyWhenAsked && !ParsedOptions.wantsHelp(args)) {
      MainHelp.print(io.err(), catalog);
      return ExitCode.USAGE;
    }
    MainHelp.print(io.out(), catalog);
    return ExitCode.OK;
  }
}
