package io.payspec.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.payspec.runtime.error.NotificationVerificationException;
import io.payspec.runtime.error.PayspecException;
import io.payspec.runtime.json.Json;
import io.payspec.runtime.meta.NotificationInfo;
import io.payspec.runtime.meta.ProviderModule;
import io.payspec.runtime.notification.NotificationVerifier;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code payspec <provider> [<version>] verify-notification}: reads a notification's body from
 * standard input, verifies it with the secret ({@code --secret} or the environment variable its help
 * names) and prints it typed (exit 0), or prints why it is not authentic (exit 5). Derived from the
 * notification metadata of the provider's module; nothing here is specific to a provider.
 */
final class VerifyNotificationCommand implements Command {
  static final String NAME = "verify-notification";
  private static final String TYPE = "--type";
  private static final String CONTENT_TYPE = "--content-type";
  private static final String SECRET = "--secret";
  private static final String JSON = "--json";
  /** The largest body read from standard input. */
  private static final int MAX_BODY_BYTES = NotificationVerifier.DEFAULT_MAX_BODY_BYTES;

  private final List<NotificationInfo<?>> kinds;

  /** @param kinds the notifications of one provider version, at least one */
  VerifyNotificationCommand(List<NotificationInfo<?>> kinds) {
    this.kinds = List.copyOf(kinds);
  }

  /** The notifications of {@code version}, or of the newest version that has any when it is null. */
  static List<NotificationInfo<?>> of(ProviderModule module, String version) {
    List<NotificationInfo<?>> all = module.notifications();
    String chosen = version;
    if (chosen == null) {
      for (NotificationInfo<?> info : all) {
        if (chosen == null || Catalog.versions(module).indexOf(info.version()) > Catalog.versions(module).indexOf(chosen)) {
          chosen = info.version();
        }
      }
    }
    String wanted = chosen;
    return all.stream().filter(info -> info.version().equals(wanted)).toList();
  }

  List<OptionSpec> options() {
    List<OptionSpec> options = new ArrayList<>();
    if (kinds.size() > 1) {
      options.add(OptionSpec.value(TYPE, "NAME", "which notification: " + String.join(", ", names())));
    }
    options.add(OptionSpec.value(CONTENT_TYPE, "TYPE", "the Content-Type it arrived with; default application/json"));
    options.add(OptionSpec.value(SECRET, "SECRET", "the " + kinds.get(0).scheme().credential() + " (or set "
        + envName() + ")"));
    options.add(OptionSpec.flag(JSON, "print the notification as JSON with wire names"));
    options.add(OptionSpec.flag(CommonOptions.HELP, "show this help"));
    return options;
  }

  @Override
  public int run(List<String> args, Io io) {
    NotificationInfo<?> first = kinds.get(0);
    if (ParsedOptions.wantsHelp(args)) {
      io.out().println("Usage: payspec " + first.provider().id() + " " + first.version() + " " + NAME + " [options] < body");
      io.out().println();
      for (NotificationInfo<?> info : kinds) {
        HelpLayout.wrap(io.out(), info.displayName() + ": " + info.description(), "");
      }
      io.out().println();
      HelpLayout.wrap(io.out(), "Reads the body from standard input, exactly as received, and checks it as the provider "
          + "signs it. Prints the notification and exits 0 when it is authentic; prints why not and exits 5 otherwise; "
          + "2 for bad usage.", "");
      io.out().println();
      io.out().println("Options:");
      HelpLayout.options(io.out(), options());
      return ExitCode.OK;
    }
    ParsedOptions options = ParsedOptions.parse(args, options());
    NotificationInfo<?> info = kind(options.value(TYPE).orElse(null));
    String secret = options.value(SECRET).orElseGet(() -> io.env().get(envName()));
    if (secret == null || secret.isBlank()) {
      throw new UsageException("the " + info.scheme().credential() + " is needed: --secret or " + envName());
    }
    byte[] body;
    try {
      body = io.in().readNBytes(MAX_BODY_BYTES + 1);
    } catch (IOException e) {
      throw new UsageException("standard input cannot be read: " + e.getMessage());
    }
    if (body.length > MAX_BODY_BYTES) {
      throw new UsageException("the body on standard input is larger than " + MAX_BODY_BYTES + " bytes");
    }
    NotificationVerifier<?> verifier;
    try {
      verifier = NotificationVerifier.builder(info).secret(secret).build();
    } catch (PayspecException e) {
      throw new UsageException(e.getMessage());
    }
    Object notification;
    try {
      notification = verifier.verify(body, options.value(CONTENT_TYPE).orElse(null));
    } catch (NotificationVerificationException e) {
      io.err().println("payspec: " + e.getMessage());
      return ExitCode.NOT_AUTHENTIC;
    }
    try {
      new ResponsePrinter(Json.mapper()).print(notification, options.has(JSON), io.out());
    } catch (JsonProcessingException e) {
      io.err().println("payspec: the notification cannot be printed: " + e.getOriginalMessage());
      return ExitCode.FAILED;
    }
    return ExitCode.OK;
  }

  private NotificationInfo<?> kind(String name) {
    if (name == null) {
      if (kinds.size() > 1) {
        throw new UsageException(TYPE + " is needed: " + String.join(", ", names()));
      }
      return kinds.get(0);
    }
    return kinds.stream().filter(info -> Catalog.kebab(info.name()).equals(name)).findFirst()
        .orElseThrow(() -> new UsageException(TYPE + ": '" + name + "' is none of " + String.join(", ", names())));
  }

  private List<String> names() {
    return kinds.stream().map(info -> Catalog.kebab(info.name())).toList();
  }

  private String envName() {
    return Catalog.envName(kinds.get(0).provider(), kinds.get(0).scheme().credential());
  }
}
