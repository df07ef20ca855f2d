package io.payspec.contract;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A provider stand-in on 127.0.0.1 (a free port): records every request and answers with what the
 * test scripted. Close it in {@code @AfterEach}: that also releases handlers that {@link #hang()}.
 */
public final class StubServer implements AutoCloseable {
  static {
    // The JDK server writes headers and body separately: without TCP_NODELAY, Nagle's algorithm and
    // the client's delayed ACK hold each answer for about 40 ms. Read once, when the first server starts.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  /** One request as the server received it. */
  public record Recorded(String method, String rawPath, String rawQuery, Headers headers, byte[] body) {
    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /** The only value of a header, or null when it was not sent; fails when sent twice. */
    public String header(String name) {
      List<String> values = headers.get(name);
      if (values == null) {
        return null;
      }
      if (values.size() != 1) {
        throw new AssertionError("header " + name + " sent " + values.size() + " times: " + values);
      }
      return values.get(0);
    }
  }

  /** How the body goes out. */
  public enum Framing {
    /** With its Content-Length. */
    LENGTH,
    /** Chunked, without a Content-Length. */
    CHUNKED,
    /** Announced with its full length, but only the first half is sent; then nothing until close(). */
    STALL_HALFWAY
  }

  /** An answer: status, headers, body bytes, framing. */
  public record Reply(int status, Map<String, String> headers, byte[] body, Framing framing) {
    public Reply(int status, Map<String, String> headers, byte[] body) {
      this(status, headers, body, Framing.LENGTH);
    }

    public static Reply json(int status, String body) {
      return new Reply(status, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8));
    }

    public static Reply of(int status, String contentType, String body) {
      return new Reply(status, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8));
    }

    public Reply withHeader(String name, String value) {
      Map<String, String> all = new LinkedHashMap<>(headers);
      all.put(name, value);
      return new Reply(status, all, body, framing);
    }

    public Reply framed(Framing framing) {
      return new Reply(status, headers, body, framing);
    }
  }

  /** Computes the answer to a request. */
  @FunctionalInterface
  public interface Handler {
    Reply handle(Recorded request) throws Exception;
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final ConcurrentLinkedQueue<Recorded> requests = new ConcurrentLinkedQueue<>();
  private final AtomicInteger count = new AtomicInteger();
  private final CountDownLatch release = new CountDownLatch(1);
  private final boolean record;
  private volatile Handler handler = request -> Reply.json(500, "{\"detail\":\"no reply scripted\"}");

  private StubServer(int threads, boolean record) throws IOException {
    this.record = record;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.executor = Executors.newFixedThreadPool(threads);
    server.setExecutor(executor);
    server.createContext("/", this::exchange);
    server.start();
  }

  /** A server with a few threads that records every request. */
  public static StubServer start() {
    return start(4, true);
  }

  /** A server on a fixed pool of {@code threads}; {@code record} false keeps only the count. */
  public static StubServer start(int threads, boolean record) {
    try {
      return new StubServer(threads, record);
    } catch (IOException e) {
      throw new AssertionError("cannot start the loopback server", e);
    }
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String baseUrl() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
  }

  public StubServer handler(Handler handler) {
    this.handler = handler;
    return this;
  }

  /** Answers every request with this. */
  public StubServer reply(Reply reply) {
    return handler(request -> reply);
  }

  /** Answers every request with this JSON. */
  public StubServer replyJson(int status, String body) {
    return reply(Reply.json(status, body));
  }

  /** Never answers, until {@link #close()}. */
  public StubServer hang() {
    return handler(request -> {
      release.await();
      return Reply.json(500, "{}");
    });
  }

  public List<Recorded> requests() {
    return new ArrayList<>(requests);
  }

  public int requestCount() {
    return count.get();
  }

  /** The one request received; fails if there were more or none. */
  public Recorded onlyRequest() {
    List<Recorded> all = requests();
    if (all.size() != 1) {
      throw new AssertionError("expected exactly one request, received " + all.size());
    }
    return all.get(0);
  }

  private void exchange(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      Headers headers = new Headers();
      headers.putAll(exchange.getRequestHeaders());
      Recorded request = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
          exchange.getRequestURI().getRawQuery(), headers, body);
      count.incrementAndGet();
      if (record) {
        requests.add(request);
      }
      Reply reply;
      try {
        reply = handler.handle(request);
      } catch (Exception e) {
        reply = Reply.of(599, "text/plain", "handler failed: " + e);
      }
      reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      byte[] bytes = reply.body();
      switch (reply.framing()) {
        case LENGTH -> exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        case CHUNKED -> exchange.sendResponseHeaders(reply.status(), 0);
        case STALL_HALFWAY -> {
          exchange.sendResponseHeaders(reply.status(), bytes.length);
          OutputStream out = exchange.getResponseBody();
          out.write(bytes, 0, bytes.length / 2);
          out.flush();
          release.await();
          return;
        }
      }
      if (bytes.length > 0 || reply.framing() == Framing.CHUNKED) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    } catch (IOException e) {
      // The client gave up (a timeout test): nothing to answer to.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Releases hanging handlers and stops the server. */
  @Override
  public void close() {
    release.countDown();
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
