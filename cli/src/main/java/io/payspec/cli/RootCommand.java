package io.payspec.cli;

import java.util.List;
import java.util.Map;

/**
 * {@code payspec} alone, {@code payspec --help} and {@code payspec help}: the main help, on stdout
 * when asked for, else on stderr with exit code 2.
 */
final class RootCommand implements Command {
  private final Catalog catalog;
  private final Map<String, String> contributed;
  private final boolean helpOnlyWhenAsked;

  /**
   * @param catalog the providers
   * @param contributed the commands other modules contribute, by name, with their one-line description
   * @param helpOnlyWhenAsked whether the help is an answer only to {@code --help} (else always)
   */
  RootCommand(Catalog catalog, Map<String, String> contributed, boolean helpOnlyWhenAsked) {
    this.catalog = catalog;
    this.contributed = contributed;
    this.helpOnlyWhenAsked = helpOnlyWhenAsked;
  }

  @Override
  public int run(List<String> args, Io io) {
    if (helpOnlyWhenAsked && !ParsedOptions.wantsHelp(args)) {
      MainHelp.print(io.err(), catalog, contributed);
      return ExitCode.USAGE;
    }
    MainHelp.print(io.out(), catalog, contributed);
    return ExitCode.OK;
  }
}
