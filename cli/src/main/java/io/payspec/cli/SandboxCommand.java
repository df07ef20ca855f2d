package io.payspec.cli;

import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderInfo;
import io.payspec.runtime.meta.ProviderModule;
import io.payspec.sandbox.Sandbox;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code payspec sandbox [--port N]}: serves every provider's endpoints on {@code 127.0.0.1} until
 * interrupted; its subcommands ({@link SandboxControlCommands}) drive a running one. Ctrl-C runs a shutdown hook that closes the sandbox; interrupting the thread that runs the
 * command (as tests do) closes it too and returns 0. Prints the base URL and the accepted credentials:
 * sandbox-only values.
 */
final class SandboxCommand implements Command {
  private static final String PORT = "--port";
  private static final String NOTIFICATION_URL = "--notification-url";

  private final List<ProviderModule> served;

  /** @param served the providers to serve */
  SandboxCommand(List<ProviderModule> served) {
    this.served = List.copyOf(served);
  }

  @Override
  public int run(List<String> args, Io io) {
    if (ParsedOptions.wantsHelp(args)) {
      io.out().println("Usage: payspec sandbox [--port N] [--notification-url URL]");
      io.out().println("       payspec sandbox <command> --url URL ...   (drive a running sandbox)");
      io.out().println();
      io.out().println("Serves every provider's documented endpoints on 127.0.0.1 until Ctrl-C: credentials checked as");
      io.out().println("documented, requests checked by the generated validators, errors and successes in each provider's");
      io.out().println("documented shapes. Prints its base URL and the credentials it accepts.");
      io.out().println();
      io.out().println("Options:");
      HelpLayout.options(io.out(), specs());
      io.out().println();
      io.out().println("Commands for a running sandbox (each answers --help):");
      for (Object command : SandboxControlCommands.all()) {
        picocli.CommandLine.Command about = command.getClass().getAnnotation(picocli.CommandLine.Command.class);
        io.out().println("  " + about.name());
        HelpLayout.wrap(io.out(), String.join(" ", about.description()), "      ");
      }
      return ExitCode.OK;
    }
    ParsedOptions options = ParsedOptions.parse(args, specs());
    int port = port(options);
    Sandbox sandbox;
    try {
      Sandbox.Builder builder = Sandbox.builder().port(port).modules(served);
      options.value(NOTIFICATION_URL).ifPresent(url -> builder.notificationUrl(notificationUrl(url)));
      sandbox = builder.start();
    } catch (UncheckedIOException e) {
      io.err().println("payspec: " + e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()));
      return ExitCode.FAILED;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      sandbox.close();
      stopped.countDown();
    }, "payspec-sandbox-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    describe(sandbox, io);
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      sandbox.close();
      removeHook(hook);
    }
    io.out().println("payspec sandbox: stopped");
    return ExitCode.OK;
  }

  /** The options of {@code payspec sandbox}. */
  static List<OptionSpec> specs() {
    return List.of(
        OptionSpec.value(PORT, "N", "the port to listen on; default 0, a free port"),
        OptionSpec.value(NOTIFICATION_URL, "URL", "where payment notifications go (your shop's handler); "
            + "default: the URL the invoice names (postback_url, callback_url)"),
        OptionSpec.flag(CommonOptions.HELP, "show this help"));
  }

  private static int port(ParsedOptions options) {
    String text = options.value(PORT).orElse("0");
    try {
      int port = Integer.parseInt(text.strip());
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(PORT + ": '" + text + "' is not a port between 0 and 65535");
  }

  private static String notificationUrl(String url) {
    String trimmed = url.strip();
    if (!trimmed.startsWith("http://") && !trimmed.startsWith("https://")) {
      throw new UsageException(NOTIFICATION_URL + ": must be an http:// or https:// URL");
    }
    try {
      java.net.URI.create(trimmed);
    } catch (IllegalArgumentException e) {
      throw new UsageException(NOTIFICATION_URL + ": not a URL");
    }
    return trimmed;
  }

  private static void describe(Sandbox sandbox, Io io) {
    io.out().println("payspec sandbox: serving on " + sandbox.baseUrl() + " (Ctrl-C stops it)");
    io.out().println();
    Table operations = new Table();
    for (Operation<?, ?> operation : sandbox.operations()) {
      operations.row(operation.provider().id(), operation.version(), Catalog.kebab(operation.name()),
          operation.method().name(), sandbox.baseUrl() + operation.path());
    }
    operations.print(io.out(), "  ");
    io.out().println();
    io.out().println("Accepted credentials (sandbox-only values):");
    Table credentials = new Table();
    List<ProviderInfo> providers = sandbox.operations().stream().map(Operation::provider).distinct().toList();
    for (ProviderInfo provider : providers) {
      for (Map.Entry<String, String> credential : sandbox.credentials(provider.id()).entrySet()) {
        credentials.row(provider.id(), Catalog.optionName(credential.getKey()), credential.getValue(),
            "(" + Catalog.authSummary(provider) + ")");
      }
    }
    credentials.print(io.out(), "  ");
    io.out().println("  (any other well-formed credential is accepted too; " + Sandbox.REFUSED_CREDENTIAL
        + " is refused)");
    io.out().println();
    io.out().println("Inject failures: curl -X POST " + sandbox.baseUrl()
        + "/_payspec/failures -d '{\"kind\": \"rate_limited\", \"retry_after\": 7}' (README: sandbox)");
    io.out().println("Pay an invoice: payspec sandbox pay --url " + sandbox.baseUrl()
        + " <provider> <invoice-id> [--amount N]; also expire, complete-payoff, fail, deliver-held (see --help)");
    io.out().println("  or: curl -X POST " + sandbox.baseUrl()
        + "/_payspec/payments -d '{\"provider\": \"<provider>\", \"invoice_id\": \"<invoice-id>\", \"amount\": \"5\"}'");
    io.out().println();
    sandbox.operations().stream().findFirst().ifPresent(operation -> {
      StringBuilder example = new StringBuilder("Try: payspec ").append(operation.provider().id()).append(' ')
          .append(operation.version()).append(' ').append(Catalog.kebab(operation.name()))
          .append(" --base-url ").append(sandbox.baseUrl());
      sandbox.credentials(operation.provider().id()).forEach((name, value) ->
          example.append(' ').append(Catalog.optionName(name)).append(' ').append(value));
      io.out().println(example.append(" --help"));
    });
    io.out().flush();
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook is running or has run
    }
  }
}
