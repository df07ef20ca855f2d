package io.payspec.cli;

import io.payspec.runtime.error.PayspecException;
import io.payspec.runtime.validation.Violation;
import io.payspec.sandbox.Sandbox;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code payspec demo}: starts the sandbox in-process, creates one invoice with every endpoint version
 * through the generated clients and prints them as a table, shows requests the clients refuse with
 * their violations (and that the sandbox received none of them), and stops the sandbox.
 */
final class DemoCommand implements Command {
  @Override
  public int run(List<String> args, Io io) {
    PrintStream out = io.out();
    if (ParsedOptions.wantsHelp(args)) {
      out.println("Usage: payspec demo");
      out.println();
      out.println("Starts the payspec sandbox in-process, creates one invoice with every provider's endpoint version");
      out.println("through the generated clients, shows requests the clients refuse before sending them, and stops");
      out.println("the sandbox. Nothing leaves this machine.");
      return ExitCode.OK;
    }
    ParsedOptions.parse(args, List.of());
    try (Sandbox sandbox = Sandbox.start()) {
      out.println("payspec demo: sandbox of every provider running at " + sandbox.baseUrl());
      out.println();
      out.println("Invoices created through the generated clients:");
      out.println();
      Table table = new Table().row("PROVIDER", "VERSION", "INVOICE ID", "AMOUNT", "PAY LINK");
      for (DemoInvoice invoice : DemoInvoices.create(sandbox)) {
        table.row(invoice.provider(), invoice.version(), invoice.id(), invoice.amount(), invoice.link());
      }
      table.print(out, "  ");
      int sent = sandbox.requests().total();
      out.println();
      out.println("Requests the generated clients refuse to send:");
      for (DemoRejections.Rejection rejection : DemoRejections.all()) {
        out.println();
        HelpLayout.wrap(out, rejection.title() + ":", "  ");
        for (Violation violation : rejection.violations()) {
          out.println("    - " + violation.path() + ": " + violation.message());
        }
      }
      out.println();
      out.println("The sandbox received " + sandbox.requests().total() + " requests: " + sent
          + " invoices, none of the refused ones.");
    } catch (PayspecException e) {
      io.err().println("payspec: demo failed: " + e.getMessage());
      return ExitCode.FAILED;
    }
    out.println("Sandbox stopped.");
    return ExitCode.OK;
  }
}
