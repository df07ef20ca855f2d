package io.payspec.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The commands that drive a running {@code payspec sandbox} from outside, below {@code payspec sandbox}:
 * each is a picocli command whose usage help is derived from its annotations, and a thin client of one
 * control endpoint ({@link SandboxControl}).
 */
final class SandboxControlCommands {
  private SandboxControlCommands() {}

  /** A fresh instance of every command, in the order {@code payspec sandbox --help} lists them. */
  static List<Object> all() {
    return List.of(new Pay(), new Expire(), new CompletePayoff(), new DeliverHeld(), new Fail(), new ClearFailures());
  }

  /** The {@code --url} option and the control client every command shares. */
  abstract static class Base implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "URL",
        description = "the running sandbox's base URL, as payspec sandbox printed it (http://127.0.0.1:PORT)")
    String url;

    SandboxControl control() {
      return new SandboxControl(url, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
  }

  /** A command about one invoice of one provider. */
  abstract static class InvoiceCommand extends Base {
    @Parameters(index = "0", paramLabel = "PROVIDER", description = "e.g. nordpay")
    String provider;

    @Parameters(index = "1", paramLabel = "INVOICE-ID", description = "the id the create call answered with")
    String invoiceId;

    ObjectNode invoice() {
      return SandboxControl.body().put("provider", provider).put("invoice_id", invoiceId);
    }
  }

  @Command(name = "pay", mixinStandardHelpOptions = true,
      description = "Pay an invoice the sandbox created, in full or in part: it takes the provider's documented "
          + "paid (or partly paid, or over-paid) status and the provider's signed notification is delivered.")
  static final class Pay extends InvoiceCommand {
    @Option(names = "--amount", paramLabel = "DECIMAL",
        description = "pay this much (in the invoice's currency) on top of what was paid; default: the rest")
    String amount;

    @Override
    public Integer call() {
      ObjectNode body = invoice();
      if (amount != null) {
        try {
          body.put("amount", new BigDecimal(amount.strip()).toString());
        } catch (NumberFormatException e) {
          throw new UsageException("--amount: not a decimal number; e.g. --amount 12.50");
        }
      }
      return control().post("payments", body, "paid");
    }
  }

  @Command(name = "expire", mixinStandardHelpOptions = true,
      description = "Let an invoice the sandbox created expire: it takes the documented expired (or cancelled) "
          + "status, and the provider's expiry notification is delivered where one is documented.")
  static final class Expire extends InvoiceCommand {
    @Override
    public Integer call() {
      return control().post("expiry", invoice(),
          "expired; " + provider + " documents no notification for an expired invoice");
    }
  }

  @Command(name = "complete-payoff", mixinStandardHelpOptions = true,
      description = "Complete a payoff (withdrawal) the sandbox created, for providers that document a "
          + "notification about payoffs: it takes the paid-out status and the notification is delivered.")
  static final class CompletePayoff extends Base {
    @Parameters(index = "0", paramLabel = "PROVIDER", description = "e.g. crystalpay")
    String provider;

    @Parameters(index = "1", paramLabel = "PAYOFF-ID", description = "the id the create call answered with")
    String payoffId;

    @Override
    public Integer call() {
      return control().post("payoffs", SandboxControl.body().put("provider", provider).put("payoff_id", payoffId),
          "completed");
    }
  }

  @Command(name = "deliver-held", mixinStandardHelpOptions = true,
      description = "Deliver the notifications held back by a notification_held failure, oldest first, "
          + "signed as they were when held.")
  static final class DeliverHeld extends Base {
    @Override
    public Integer call() {
      return control().post("held-notifications", null, "no notification was held");
    }
  }

  @Command(name = "fail", mixinStandardHelpOptions = true,
      description = "Inject a failure: the next call (or notification) fails so; --times for more, --always "
          + "until clear-failures.")
  static final class Fail extends Base {
    @Parameters(index = "0", paramLabel = "KIND",
        description = "calls: timeout, rate_limited, server_error, html_page, rejected; notifications: "
            + "notification_twice, notification_late, notification_held")
    String kind;

    @Option(names = "--times", paramLabel = "N", description = "the next N calls or notifications (1 to 100); default 1")
    Integer times;

    @Option(names = "--always", description = "every call or notification until clear-failures")
    boolean always;

    @Option(names = "--status", paramLabel = "CODE", description = "the HTTP status of server_error (5xx) or html_page")
    Integer status;

    @Option(names = "--retry-after", paramLabel = "SECONDS", description = "the Retry-After of rate_limited")
    Long retryAfter;

    @Option(names = "--message", paramLabel = "TEXT", description = "the provider's message of rejected")
    String message;

    @Option(names = "--hold", paramLabel = "SECONDS", description = "how long timeout holds the answer")
    Long hold;

    @Option(names = "--age", paramLabel = "SECONDS",
        description = "how long ago a notification_late notification was signed; default 600")
    Long age;

    @Override
    public Integer call() {
      ObjectNode body = SandboxControl.body().put("kind", kind);
      if (always) {
        body.put("always", true);
      }
      if (times != null) {
        body.put("times", times);
      }
      if (status != null) {
        body.put("status", status);
      }
      if (retryAfter != null) {
        body.put("retry_after", retryAfter);
      }
      if (message != null) {
        body.put("message", message);
      }
      if (hold != null) {
        body.put("hold", hold);
      }
      if (age != null) {
        body.put("age", age);
      }
      return control().post("failures", body, "injected " + kind + (always ? " until cleared" : ""));
    }
  }

  @Command(name = "clear-failures", mixinStandardHelpOptions = true,
      description = "Clear every injected failure of calls and notifications.")
  static final class ClearFailures extends Base {
    @Override
    public Integer call() {
      return control().delete("failures", "cleared");
    }
  }
}
