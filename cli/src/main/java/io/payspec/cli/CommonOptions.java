package io.payspec.cli;

import io.payspec.runtime.ClientBuilder;
import io.payspec.runtime.meta.ProviderInfo;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/** The options every operation command takes besides its fields and credentials. */
final class CommonOptions {
  static final String BASE_URL = "--base-url";
  static final String SANDBOX = "--sandbox";
  static final String TIMEOUT = "--timeout";
  static final String JSON = "--json";
  static final String HELP = "--help";

  private CommonOptions() {}

  static List<OptionSpec> specs(ProviderInfo provider) {
    return List.of(
        OptionSpec.value(BASE_URL, "URL", "the provider's base URL; default " + provider.baseUrl()
            + " (plain http only on 127.0.0.1 / localhost)"),
        OptionSpec.flag(SANDBOX, "start the payspec sandbox in-process and send to it, with its credentials"
            + " unless credential options are given (environment variables are then ignored)"),
        OptionSpec.value(TIMEOUT, "SECONDS", "how long to wait for the connection and for the answer; default "
            + ClientBuilder.DEFAULT_REQUEST_TIMEOUT.toSeconds()),
        OptionSpec.flag(JSON, "print the response as JSON with the provider's field names"),
        OptionSpec.flag(HELP, "show this help"));
  }

  /** The {@code --timeout}, or null when not given. */
  static Duration timeout(ParsedOptions options) {
    String text = options.value(TIMEOUT).orElse(null);
    if (text == null) {
      return null;
    }
    try {
      BigDecimal seconds = new BigDecimal(text.strip());
      if (seconds.signum() > 0) {
        return Duration.ofMillis(Math.max(1, seconds.movePointRight(3).longValue()));
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // reported below
    }
    throw new UsageException(TIMEOUT + ": '" + text + "' is not a positive number of seconds");
  }
}
