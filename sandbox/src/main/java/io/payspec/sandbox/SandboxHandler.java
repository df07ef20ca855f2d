package io.payspec.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;

/**
 * Receives every HTTP exchange: hands the control endpoints ({@code /_payspec/...}) to {@link Control};
 * for the others, reads the body (over 1 MiB is refused with 413), records the request,
 * answers an injected {@link Failure} if one is due, routes it, and writes the answer. Nothing escapes
 * a worker: any failure inside the sandbox, an {@link Error} included, becomes a 500
 * {@code {"detail": "Internal Server Error"}} that shows nothing of the sandbox's internals.
 */
final class SandboxHandler implements HttpHandler {
  static final int MAX_BODY_BYTES = 1024 * 1024;

  private final Routes routes;
  private final RequestLog log;
  private final ObjectMapper mapper;
  private final Control control;
  private final Failures failures;

  SandboxHandler(Routes routes, RequestLog log, ObjectMapper mapper, Control control, Failures failures) {
    this.routes = routes;
    this.log = log;
    this.mapper = mapper;
    this.control = control;
    this.failures = failures;
  }

  @Override
  public void handle(HttpExchange exchange) {
    try {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      if (Control.owns(path)) {
        control.answer(exchange).send(exchange);
        return;
      }
      Routes.Match match = routes.find(method, path);
      Endpoint endpoint = match == null ? null : match.endpoint();
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(MAX_BODY_BYTES + 1);
      }
      log.record(RequestRecorder.record(method, path, endpoint, exchange.getRequestHeaders(), body));
      if (endpoint != null) {
        Failure failure = failures.take();
        if (failure != null) {
          injected(exchange, endpoint, failure);
          return;
        }
      }
      answer(exchange, match, path, body).send(exchange, mapper);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      internalError(exchange);
    } catch (IOException e) {
      // The client went away; nothing to answer to.
    } catch (RuntimeException | Error e) {
      if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
        internalError(exchange);
        throw e;
      }
      internalError(exchange);
    } finally {
      exchange.close();
    }
  }

  private void injected(HttpExchange exchange, Endpoint endpoint, Failure failure) throws IOException {
    if (failure.kind() == Failure.Kind.TIMEOUT) {
      failures.hold(failure);
      return;
    }
    failure.reply(endpoint.operation()).send(exchange);
  }

  private void internalError(HttpExchange exchange) {
    try {
      Reply.json(500, JsonNodeFactory.instance.objectNode().put("detail", "Internal Server Error"))
          .send(exchange, mapper);
    } catch (IOException | RuntimeException e) {
      // The answer may already have started; the exchange is closed by the caller.
    }
  }

  private Reply answer(HttpExchange exchange, Routes.Match match, String path, byte[] body) {
    if (match == null) {
      return routes.miss(path);
    }
    if (body.length > MAX_BODY_BYTES) {
      return Reply.json(413, JsonNodeFactory.instance.objectNode().put("detail", "Request Entity Too Large"));
    }
    return match.endpoint().answer(exchange.getRequestHeaders(), match.pathValues(),
        exchange.getRequestURI().getRawQuery(), body);
  }
}
