package io.payspec.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * One answer of the sandbox: an HTTP status, a JSON body and extra headers.
 *
 * @param status the HTTP status
 * @param body the JSON body
 * @param headers headers besides {@code Content-Type}
 */
record Reply(int status, JsonNode body, Map<String, String> headers) {
  Reply {
    headers = Map.copyOf(headers);
  }

  /** An answer without extra headers. */
  static Reply json(int status, JsonNode body) {
    return new Reply(status, body, Map.of());
  }

  /** Writes the answer and closes the exchange's body. */
  void send(HttpExchange exchange, ObjectMapper mapper) throws IOException {
    byte[] bytes = mapper.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    headers.forEach(exchange.getResponseHeaders()::set);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
