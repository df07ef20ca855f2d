package io.payspec.contract;

import io.payspec.runtime.meta.RequestExampleInfo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.runtime.error.PayspecException;
import io.payspec.runtime.error.ValidationException;
import io.payspec.runtime.meta.AuthInfo;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.SignatureInfo;
import io.payspec.sandbox.Documentation;
import io.payspec.sandbox.ExampleRequests;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every documented request example of every installed operation, built as the typed request and sent
 * by the client to a loopback server, arrives exactly as the page writes it: method, path, query, the
 * credentials where the provider wants them, the JSON headers, and the body byte for byte (the page's
 * members in the page's order, compact, credentials first for body credentials).
 */
class WireRequestContractTest {
  @TestFactory
  Stream<DynamicTest> everyRequestExampleIsSentExactly() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Operation<?, ?> operation : Installed.operations()) {
      for (RequestExampleInfo sample : Documentation.requests(operation)) {
        tests.add(DynamicTest.dynamicTest(Installed.name(operation) + " request " + sample.name(),
            () -> sendsExactly(operation, sample)));
      }
    }
    return tests.stream();
  }

  private static void sendsExactly(Operation<?, ?> operation, RequestExampleInfo sample) throws Exception {
    Map<String, String> credentials = Installed.credentials(operation);
    Object request = ExampleRequests.typed(operation, sample, JsonAssert.MAPPER);
    try (StubServer server = StubServer.start()) {
      server.replyJson(200, Installed.successBody(operation));
      try {
        Installed.call(Installed.client(operation, server.baseUrl(), credentials, Duration.ofSeconds(10)),
            operation, request);
      } catch (ValidationException e) {
        throw new AssertionError("the documented request breaks a documented rule: " + e.getMessage(), e);
      } catch (PayspecException answerNotRead) {
        // only the request is checked here; the answers have their own contract
      }
      StubServer.Recorded sent = server.onlyRequest();

      assertEquals(operation.method().name(), sent.method(), "method");
      assertEquals(sample.path().isEmpty() ? operation.path() : sample.path(), sent.rawPath(), "path");
      assertEquals(pairs(sample.query()), pairs(sent.rawQuery()), "query");
      AuthInfo auth = operation.auth();
      if (auth.kind() == AuthInfo.Kind.HEADER) {
        assertEquals((auth.prefix() == null ? "" : auth.prefix()) + credentials.get(auth.credential()),
            sent.header(auth.header()), "credential header");
      }
      assertTrue(sent.header("User-Agent").startsWith("payspec/"), sent.header("User-Agent"));
      ObjectNode expected = JsonAssert.MAPPER.createObjectNode();
      if (auth.kind() == AuthInfo.Kind.BODY) {
        expected.put(auth.loginField(), credentials.get(auth.loginField()));
        expected.put(auth.secretField(), credentials.get(auth.secretField()));
      }
      if (!sample.body().isBlank()) {
        expected.setAll((ObjectNode) JsonAssert.tree(sample.body()));
      }
      for (FieldInfo field : operation.requestFields()) {
        if (field.signature() != null) {
          expected.put(field.path(), digest(field.signature(), expected, credentials));
        }
      }
      if (expected.isEmpty()) {
        assertTrue(sent.body().length == 0 || sent.bodyText().equals("{}"),
            "no body for a request without body fields, was " + sent.bodyText());
        return;
      }
      assertEquals("application/json", sent.header("Content-Type"), "Content-Type");
      JsonNode actual = JsonAssert.tree(sent.bodyText());
      JsonAssert.assertSameJson(expected, actual);
      // Byte for byte once members are in one order: number forms (100 vs 100.0), escapes, no spaces.
      // The order itself is the descriptor's, which may differ from the page's example.
      assertEquals(JsonAssert.canonical(expected), JsonAssert.canonical(actual), "body bytes");
      assertEquals(JsonAssert.canonical(actual).length(), sent.bodyText().length(), "compact JSON: " + sent.bodyText());
    }
  }

  /** The digest a computed field must hold: the template filled from the values and credentials. */
  static String digest(SignatureInfo signature, ObjectNode values, Map<String, String> credentials)
      throws Exception {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(signature.template());
    StringBuilder text = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      JsonNode value = values.get(name);
      m.appendReplacement(text, java.util.regex.Matcher.quoteReplacement(name.equals(signature.credential())
          ? credentials.get(name) : value == null ? "" : value.isBigDecimal() ? value.decimalValue().toPlainString()
          : value.asText()));
    }
    m.appendTail(text);
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance(signature.algorithm())
        .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /** A query string as decoded key and value pairs, in order. */
  static List<String> pairs(String rawQuery) {
    List<String> pairs = new ArrayList<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return pairs;
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
      String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      pairs.add(key + "=" + value);
    }
    return pairs;
  }
}
