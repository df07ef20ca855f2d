package io.payspec.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.payspec.runtime.ClientCore;
import io.payspec.runtime.error.ApiException;
import io.payspec.runtime.error.AuthenticationException;
import io.payspec.runtime.error.InvalidRequestException;
import io.payspec.runtime.error.PayspecException;
import io.payspec.runtime.error.ProviderError;
import io.payspec.runtime.error.ProviderUnavailableException;
import io.payspec.runtime.error.RateLimitException;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ResponseExampleInfo;
import io.payspec.sandbox.Documentation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every documented response example of every installed operation, served to the client: a success
 * decodes, and every member the model declares comes back with the example's value (the typed
 * response, written back with wire names, is contained in the example's payload); an error is the
 * typed exception of its documented outcome, with its status, its body and the provider's message.
 */
class ResponseExamplesContractTest {
  @TestFactory
  Stream<DynamicTest> everyResponseExampleIsReadAsDocumented() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Operation<?, ?> operation : Installed.operations()) {
      for (ResponseExampleInfo sample : Documentation.responses(operation)) {
        tests.add(DynamicTest.dynamicTest(Installed.name(operation) + " response " + sample.name()
            + " (" + sample.outcome() + ")", () -> readsAsDocumented(operation, sample)));
      }
    }
    return tests.stream();
  }

  private static void readsAsDocumented(Operation<?, ?> operation, ResponseExampleInfo sample) {
    Object request = Installed.firstRequest(operation);
    try (StubServer server = StubServer.start()) {
      server.replyJson(sample.status(), sample.body());
      ClientCore client = Installed.client(operation, server.baseUrl(), Installed.credentials(operation),
          Duration.ofSeconds(10));
      if (Documentation.success(sample)) {
        Object response = Installed.call(client, operation, request);
        JsonNode decoded = JsonAssert.MAPPER.valueToTree(response);
        JsonNode payload = Installed.payload(operation, JsonAssert.tree(sample.body()));
        JsonAssert.assertContainedIn(payload, decoded);
        if (!payload.isEmpty() && !operation.responseFields().isEmpty()) {
          assertFalse(decoded.isEmpty(), "nothing of the example was decoded: " + sample.body());
        }
        return;
      }
      PayspecException failure = assertThrows(outcome(sample.outcome().name()), () -> Installed.call(client, operation, request));
      ApiException api = assertInstanceOf(ApiException.class, failure);
      assertEquals(sample.status(), api.status(), "status");
      JsonAssert.assertSameJson(sample.body(), api.rawBody());
      assertTrue(keepsAProviderMessage(sample.body(), api), "the provider's message is kept: " + failure.getMessage()
          + " from " + sample.body());
    }
  }

  /** The exception type of a documented outcome. */
  static Class<? extends PayspecException> outcome(String outcome) {
    return switch (outcome) {
      case "AUTHENTICATION_FAILED" -> AuthenticationException.class;
      case "INVALID_REQUEST", "NOT_FOUND" -> InvalidRequestException.class;
      case "RATE_LIMITED" -> RateLimitException.class;
      case "UNAVAILABLE" -> ProviderUnavailableException.class;
      default -> throw new AssertionError("unknown outcome " + outcome);
    };
  }

  /**
   * Some text of the body (not a bare status word) was read as a provider error: the typed exception
   * carries the provider's message in {@code errors()}, not only in a quoted snippet of the body.
   */
  private static boolean keepsAProviderMessage(String body, ApiException failure) {
    List<String> texts = new ArrayList<>();
    collectTexts(JsonAssert.tree(body), texts);
    StringBuilder seen = new StringBuilder();
    for (ProviderError error : failure.errors()) {
      seen.append('\n').append(error.message());
    }
    return texts.isEmpty() || texts.stream().anyMatch(text -> seen.toString().contains(text));
  }

  private static void collectTexts(JsonNode node, List<String> texts) {
    if (node.isTextual() && !node.asText().equalsIgnoreCase("error") && !node.asText().isBlank()) {
      texts.add(node.asText());
    }
    node.forEach(child -> collectTexts(child, texts));
  }
}
