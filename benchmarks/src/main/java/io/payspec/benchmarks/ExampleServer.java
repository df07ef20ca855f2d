package io.payspec.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.payspec.annotations.ExampleOutcome;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ResponseExampleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server that answers each operation's path (a placeholder such as {@code {identifier}}
 * matching any one segment) with the operation's first documented success example ({@link Operation#responseExamples()}), whatever the request. Both sides of a
 * side-by-side benchmark call the same instance.
 */
public final class ExampleServer implements AutoCloseable {
  static {
    // Without it the JDK server delays small answers (Nagle), which would swamp what is measured.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, byte[]> answers = new HashMap<>();
  private final Map<java.util.regex.Pattern, byte[]> templated = new java.util.LinkedHashMap<>();

  /** Starts a server on 127.0.0.1 and an ephemeral port for these operations. */
  public ExampleServer(List<Operation<?, ?>> operations) throws IOException {
    for (Operation<?, ?> operation : operations) {
      if (operation.path().contains("{")) {
        // "/invoice/{identifier}": any one segment in place of each placeholder.
        templated.put(java.util.regex.Pattern.compile(
            java.util.regex.Pattern.quote(operation.path()).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q")),
            successExample(operation));
      } else {
        answers.put(operation.path(), successExample(operation));
      }
    }
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    executor = Executors.newFixedThreadPool(2);
    server.setExecutor(executor);
    server.createContext("/", this::answer);
    server.start();
  }

  /** The body of the operation's first documented success example, as bytes. */
  public static byte[] successExample(Operation<?, ?> operation) {
    return operation.responseExamples().stream()
        .filter(example -> example.outcome() == ExampleOutcome.SUCCESS && example.status() == 200)
        .map(ResponseExampleInfo::body)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(operation.displayName() + " documents no success example"))
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The server's base URL, {@code http://127.0.0.1:<port>}. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange; InputStream in = exchange.getRequestBody()) {
      in.readAllBytes();
      String path = exchange.getRequestURI().getPath();
      byte[] body = answers.get(path);
      if (body == null) {
        body = templated.entrySet().stream().filter(entry -> entry.getKey().matcher(path).matches())
            .map(Map.Entry::getValue).findFirst().orElse(null);
      }
      if (body == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
