package io.payspec.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.runtime.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * A client of a running sandbox's control endpoints ({@code /_payspec/...}), for the
 * {@code payspec sandbox pay|expire|complete-payoff|deliver-held|fail|clear-failures} commands: POSTs a
 * small JSON object, prints what the sandbox did, and maps its answer to an exit code (0 done; 2 the
 * sandbox refused the request, e.g. an unknown invoice; 4 no sandbox answered at the URL; 1 anything else).
 */
final class SandboxControl {
  /** How long a control call may take: a delivery is retried, each attempt waiting up to 30 s. */
  private static final Duration TIMEOUT = Duration.ofSeconds(120);
  private static final int MAX_ANSWER_BYTES = 64 * 1024;
  private static final ObjectMapper MAPPER = Json.mapper();

  private final URI base;
  private final PrintWriter out;
  private final PrintWriter err;

  /**
   * @param url the sandbox's base URL, as {@code payspec sandbox} prints it
   * @throws UsageException if it is not an http(s) URL
   */
  SandboxControl(String url, PrintWriter out, PrintWriter err) {
    String trimmed = url.strip();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    try {
      this.base = URI.create(trimmed);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--url: not a URL; give the base URL payspec sandbox printed");
    }
    String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || base.getHost() == null) {
      throw new UsageException("--url: must be http://host:port, the base URL payspec sandbox printed");
    }
    this.out = out;
    this.err = err;
  }

  /** A JSON object to send. */
  static ObjectNode body() {
    return MAPPER.createObjectNode();
  }

  /**
   * POSTs {@code body} (null: none) to {@code /_payspec/<action>} and prints the outcome.
   *
   * @param done what to print when the sandbox answers without deliveries (e.g. "invoice 42 expired")
   * @return the exit code
   */
  int post(String action, ObjectNode body, String done) {
    return send("POST", action, body, done);
  }

  /** DELETEs {@code /_payspec/<action>} and prints {@code done}, or the sandbox's refusal. */
  int delete(String action, String done) {
    return send("DELETE", action, null, done);
  }

  private int send(String method, String action, ObjectNode body, String done) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/_payspec/" + action))
        .timeout(TIMEOUT)
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
        .build();
    int status;
    byte[] answer;
    try {
      HttpResponse<InputStream> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
          .send(request, HttpResponse.BodyHandlers.ofInputStream());
      status = response.statusCode();
      try (InputStream in = response.body()) {
        answer = in.readNBytes(MAX_ANSWER_BYTES);
      }
    } catch (IOException e) {
      err.println("payspec: no sandbox answered at " + base + " (" + e.getClass().getSimpleName()
          + "); start one with: payspec sandbox");
      return ExitCode.UNREACHABLE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("payspec: interrupted");
      return ExitCode.FAILED;
    }
    JsonNode json = parse(answer);
    if (status / 100 == 2) {
      JsonNode deliveries = json.path("deliveries");
      if (deliveries.isEmpty()) {
        out.println(done);
      }
      for (JsonNode delivery : deliveries) {
        out.println(describe(delivery));
      }
      return ExitCode.OK;
    }
    String detail = json.path("detail").asText("HTTP " + status);
    err.println("payspec: the sandbox refused: " + detail);
    return status == 400 || status == 404 ? ExitCode.USAGE : ExitCode.FAILED;
  }

  private static JsonNode parse(byte[] answer) {
    if (answer.length == 0) {
      return MAPPER.createObjectNode();
    }
    try {
      return Json.readTree(MAPPER, answer);
    } catch (IOException e) {
      return MAPPER.createObjectNode();
    }
  }

  private static String describe(JsonNode delivery) {
    String what = delivery.path("notification").asText() + " to " + delivery.path("url").asText();
    if (delivery.path("held").asBoolean()) {
      return "held " + what + " (payspec sandbox deliver-held sends it)";
    }
    int status = delivery.path("status").asInt();
    int attempts = delivery.path("attempts").asInt();
    return "delivered " + what + ": " + (status == 0 ? "no answer" : "HTTP " + status) + " after " + attempts
        + (attempts == 1 ? " attempt" : " attempts")
        + (delivery.path("acknowledged").asBoolean(true) ? "" : ", not acknowledged");
  }
}
