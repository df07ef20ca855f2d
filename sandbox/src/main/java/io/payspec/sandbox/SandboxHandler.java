package io.payspec.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;

/**
 * Receives every HTTP exchange: records it, routes it, and writes the answer. A body over 1 MiB is
 * refused with 413; a failure inside the sandbox becomes a 500 naming it.
 */
final class SandboxHandler implements HttpHandler {
  static final int MAX_BODY_BYTES = 1024 * 1024;

  private final Routes routes;
  private final RequestLog log;
  private final ObjectMapper mapper;

  SandboxHandler(Routes routes, RequestLog log, ObjectMapper mapper) {
    this.routes = routes;
    this.log = log;
    this.mapper = mapper;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      Routes.Match match = routes.find(method, path);
      log.record(new RecordedRequest(method, path, match == null ? null : match.endpoint().key()));
      answer(exchange, match, path).send(exchange, mapper);
    } catch (RuntimeException e) {
      Reply.json(500, JsonNodeFactory.instance.objectNode()
          .put("detail", "Internal Server Error (sandbox: " + e + (e.getStackTrace().length == 0 ? "" : " at "
              + e.getStackTrace()[0]) + ")"))
          .send(exchange, mapper);
    } finally {
      exchange.close();
    }
  }

  private Reply answer(HttpExchange exchange, Routes.Match match, String path) throws IOException {
    if (match == null) {
      return routes.miss(path);
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (body.length > MAX_BODY_BYTES) {
      return Reply.json(413, JsonNodeFactory.instance.objectNode().put("detail", "Request Entity Too Large"));
    }
    return match.endpoint().answer(exchange.getRequestHeaders(), match.pathValues(),
        exchange.getRequestURI().getRawQuery(), body);
  }
}
