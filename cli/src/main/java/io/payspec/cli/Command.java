package io.payspec.cli;

import java.util.List;

/** One command of {@code payspec}: {@code demo}, {@code sandbox}, {@code list}, or an operation of a provider. */
interface Command {
  /**
   * Runs the command.
   *
   * @param args the arguments after the command's own words
   * @param io where to write
   * @return the exit code, see {@link ExitCode}
   * @throws UsageException if the arguments are wrong
   */
  int run(List<String> args, Io io);
}
