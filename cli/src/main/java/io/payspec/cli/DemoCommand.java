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
 * each provider documents them, from the documented examples), pays an invoice per provider
 * ({@link DemoPayments}: notification received and verified, state confirmed), prints it as tables, shows requests the
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
      out.println("Then pays an invoice per provider in the sandbox: its signed notification is received and verified by a");
      out.println("loopback handler and the look-up confirms it. Shows requests the clients refuse before sending them,");
      out.println("and stops the sandbox. Nothing leaves this machine.");
      return ExitCode.OK;
    }
    ParsedOptions.parse(args, List.of());
    List<ProviderModule> modules = Catalog.installed().modules();
    try (DemoPayments payments = new DemoPayments();
        Sandbox sandbox = Sandbox.builder().notificationUrl(payments.url()).start()) {
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
      out.println();
      out.println("Paid in the sandbox: the signed notification reaches the shop's handler (on loopback), is verified,");
      out.println("and the look-up confirms it:");
      out.println();
      Table paid = new Table().row("PROVIDER", "VERSION", "STEP", "ID", "STATUS", "AMOUNT", "PAY LINK");
      for (DemoStep step : payments.walk(modules, sandbox, new ShopDay(sandbox))) {
        paid.row(step.provider(), step.version(), step.operation(), step.id(), step.status(), step.amount(), step.link());
      }
      paid.print(out, "  ");
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
