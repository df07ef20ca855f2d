package io.payspec.cli;

import io.payspec.runtime.error.PayspecException;
import io.payspec.runtime.meta.ProviderModule;
import io.payspec.runtime.validation.Violation;
import io.payspec.sandbox.Sandbox;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code payspec demo}: starts the sandbox in-process and walks a shop's day on every installed provider
 * through clients built from the metadata ({@link ShopDay}: create, look up, list, cancel, as far as
 * each provider documents them, from the documented examples), prints it as a table, shows requests the
 * clients refuse with their violations ({@link DemoRejections}; the sandbox received none of them), and
 * stops the sandbox. Nothing in it names a provider.
 */
final class DemoCommand implements Command {
  @Override
  public int run(List<String> args, Io io) {
    PrintStream out = io.out();
    if (ParsedOptions.wantsHelp(args)) {
      out.println("Usage: payspec demo");
      out.println();
      out.println("Starts the payspec sandbox in-process and walks a shop's day on every provider through the generated");
      out.println("clients, from the providers' documented examples: create an invoice, look it up, list, cancel it.");
      out.println("Then shows requests the clients refuse before sending them, and stops the sandbox. Nothing leaves");
      out.println("this machine.");
      return ExitCode.OK;
    }
    ParsedOptions.parse(args, List.of());
    List<ProviderModule> modules = Catalog.installed().modules();
    try (Sandbox sandbox = Sandbox.start()) {
      out.println("payspec demo: sandbox of every provider running at " + sandbox.baseUrl());
      out.println();
      out.println("A shop's day, from the providers' documented examples, through the generated clients:");
      out.println();
      Table table = new Table().row("PROVIDER", "VERSION", "OPERATION", "ID", "STATUS", "AMOUNT", "PAY LINK");
      for (DemoStep step : new ShopDay(sandbox).walk(modules)) {
        table.row(step.provider(), step.version(), step.operation(), step.id(), step.status(), step.amount(),
            step.link());
      }
      table.print(out, "  ");
      int sent = sandbox.requests().total();
      out.println();
      out.println("Requests the generated clients refuse to send:");
      for (DemoRejections.Rejection rejection : DemoRejections.all(modules)) {
        out.println();
        HelpLayout.wrap(out, rejection.title() + ":", "  ");
        for (Violation violation : rejection.violations()) {
          out.println("    - " + violation.path() + ": " + violation.message());
        }
      }
      out.println();
      out.println("The sandbox received " + sandbox.requests().total() + " requests: the " + sent
          + " calls of the day, none of the refused ones.");
    } catch (PayspecException e) {
      io.err().println("payspec: demo failed: " + e.getMessage());
      return ExitCode.FAILED;
    }
    out.println("Sandbox stopped.");
    return ExitCode.OK;
  }
}
