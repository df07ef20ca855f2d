package io.payspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.annotations.NotificationEncoding;
import io.payspec.runtime.json.Json;
import io.payspec.runtime.meta.NotificationInfo;
import io.payspec.runtime.meta.ProviderModule;
import io.payspec.runtime.notification.NotificationSigner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code verify-notification} for every installed notification: exit 0 authentic, 5 not, 2 bad usage. */
class VerifyNotificationCommandTest {
  private static final String SECRET = "cli-notification-secret-0123456789";

  static Stream<NotificationInfo<?>> notifications() {
    return ProviderModule.installed().stream().flatMap(m -> m.notifications().stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notifications")
  void anAuthenticBodyIsPrintedAndAForgedOneExitsFive(NotificationInfo<?> info) throws Exception {
    ObjectNode example = (ObjectNode) Json.mapper().readTree(info.examples().get(0).body());
    byte[] signed = new NotificationSigner(info, SECRET, Clock.systemUTC()).sign(example, NotificationEncoding.JSON);

    Result ok = run(signed, Map.of(), args(info, "--secret", SECRET, "--json"));
    assertEquals(0, ok.code(), ok.both());
    assertTrue(ok.out().startsWith("{"), ok.both());

    String variable = Catalog.envName(info.provider(), info.scheme().credential());
    Result fromEnv = run(signed, Map.of(variable, SECRET), args(info));
    assertEquals(0, fromEnv.code(), fromEnv.both());

    Result forged = run(signed, Map.of(), args(info, "--secret", SECRET + "-other"));
    assertEquals(5, forged.code(), forged.both());
    assertTrue(forged.err().contains("not authentic"), forged.both());

    Result noSecret = run(signed, Map.of(), args(info));
    assertEquals(2, noSecret.code(), noSecret.both());
    assertTrue(noSecret.err().contains(variable), noSecret.both());

    for (Result result : List.of(ok, fromEnv, forged, noSecret)) {
      assertFalse(result.both().contains(SECRET), "the secret is printed: " + result.both());
    }
  }

  private static String[] args(NotificationInfo<?> info, String... more) {
    List<String> args = new ArrayList<>(List.of(info.provider().id(), info.version(), "verify-notification"));
    boolean several = ProviderModule.installed().stream().flatMap(m -> m.notifications().stream())
        .filter(other -> other.provider().id().equals(info.provider().id()) && other.version().equals(info.version()))
        .count() > 1;
    if (several) {
      args.addAll(List.of("--type", Catalog.kebab(info.name())));
    }
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  private record Result(int code, String out, String err) {
    String both() {
      return "exit " + code + "\n" + out + "\n" + err;
    }
  }

  private static Result run(byte[] stdin, Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Main.run(args, new ByteArrayInputStream(stdin), o, e, env);
    }
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
