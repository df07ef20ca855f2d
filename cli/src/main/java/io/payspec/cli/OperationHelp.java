package io.payspec.cli;

import io.payspec.runtime.meta.Operation;
import java.io.PrintStream;
import java.util.List;

/** The {@code --help} of an operation command: what it calls, then every option, generated from the metadata. */
final class OperationHelp {
  private OperationHelp() {}

  static void print(PrintStream out, String invocation, Operation<?, ?> operation, List<OptionSpec> fields,
      List<OptionSpec> credentials, List<OptionSpec> common) {
    out.println("Usage: " + invocation + " [options]");
    out.println();
    HelpLayout.wrap(out, operation.displayName() + ": " + operation.description(), "");
    out.println(operation.method() + " " + Catalog.url(operation));
    out.println();
    out.println("Request fields (checked against the documented rules before anything is sent):");
    HelpLayout.options(out, fields);
    out.println();
    out.println("Credentials (" + Catalog.authSummary(operation.provider()) + "):");
    HelpLayout.options(out, credentials);
    out.println();
    out.println("Options:");
    HelpLayout.options(out, common);
    out.println();
    out.println(ExitCode.describe());
  }
}
