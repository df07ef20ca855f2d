package io.payspec.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.payspec.runtime.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/** An answer of any content type (an injected HTML page), written as bytes. */
record RawReply(int status, String contentType, byte[] body, Map<String, String> headers) {
  private static final ObjectMapper MAPPER = Json.mapper();

  RawReply {
    headers = Map.copyOf(headers);
  }

  static RawReply json(int status, JsonNode body, Map<String, String> headers) {
    try {
      return new RawReply(status, "application/json", MAPPER.writeValueAsBytes(body), headers);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write a JSON answer", e);
    }
  }

  static RawReply of(Reply reply) {
    return json(reply.status(), reply.body(), reply.headers());
  }

  void send(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    headers.forEach(exchange.getResponseHeaders()::set);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
