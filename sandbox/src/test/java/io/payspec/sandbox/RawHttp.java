package io.payspec.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.payspec.runtime.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Plain {@code java.net.http} requests to a sandbox, for checking the wire format without a client. */
final class RawHttp {
  private static final ObjectMapper MAPPER = Json.mapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private RawHttp() {}

  /** A response: status and JSON body. */
  record Answer(int status, JsonNode body, HttpResponse<String> raw) {}

  static Answer post(Sandbox sandbox, String path, Map<String, String> headers, String body) {
    return send(sandbox, "POST", path, headers, body);
  }

  static Answer send(Sandbox sandbox, String method, String path, Map<String, String> headers, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
        .timeout(Duration.ofSeconds(10))
        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .header("Content-Type", "application/json");
    headers.forEach(request::header);
    try {
      HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), MAPPER.readTree(response.body()), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** JSON from single-quoted text, for readable test bodies: {@code json("{'a': 1}")}. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }
}
