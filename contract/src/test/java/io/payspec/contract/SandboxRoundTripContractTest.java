package io.payspec.contract;

import io.payspec.runtime.meta.RequestExampleInfo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.runtime.ClientCore;
import io.payspec.runtime.error.InvalidRequestException;
import io.payspec.runtime.meta.Operation;
import io.payspec.sandbox.Documentation;
import io.payspec.sandbox.ExampleRequests;
import io.payspec.sandbox.Lifecycle;
import io.payspec.sandbox.Sandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The sandbox serves every installed operation: each documented request example, sent by the client
 * with the sandbox's credentials, gets a typed success; and every resource that an operation creates
 * is found by its lookups, listed by its lists and cancelled by its cancels, with a new identifier each
 * time, while an identifier never created is not found.
 */
class SandboxRoundTripContractTest {
  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static ClientCore client(Operation<?, ?> operation) {
    return Installed.client(operation, sandbox.baseUrl(), sandbox.credentials(operation.provider().id()),
        Duration.ofSeconds(10));
  }

  @TestFactory
  Stream<DynamicTest> everyRequestExampleGetsATypedSuccess() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Operation<?, ?> operation : Installed.operations()) {
      for (RequestExampleInfo sample : Documentation.requests(operation)) {
        tests.add(DynamicTest.dynamicTest(Installed.name(operation) + " request " + sample.name(), () -> {
          Object request = ExampleRequests.typed(operation, sample, JsonAssert.MAPPER);
          Object response = Installed.call(client(operation), operation, request);
          assertNotNull(response);
          if (Documentation.firstSuccess(operation) != null) {
            JsonNode payload = Installed.payload(operation,
                JsonAssert.tree(Documentation.firstSuccess(operation).body()));
            JsonNode decoded = JsonAssert.MAPPER.valueToTree(response);
            assertEquals(payload.getNodeType(), decoded.getNodeType(), "the sandbox answers in the documented shape: "
                + decoded);
          }
        }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> whatIsCreatedIsFoundListedAndCancelled() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Lifecycle lifecycle : Lifecycle.of(Installed.operations())) {
      tests.add(DynamicTest.dynamicTest(Installed.name(lifecycle.create()) + " then its lookups, lists and cancels",
          () -> walk(lifecycle)));
    }
    return tests.stream();
  }

  private static void walk(Lifecycle lifecycle) {
    Operation<?, ?> create = lifecycle.create();
    JsonNode first = JsonAssert.MAPPER.valueToTree(Installed.call(client(create), create, Installed.firstRequest(create)));
    JsonNode second = JsonAssert.MAPPER.valueToTree(Installed.call(client(create), create, Installed.firstRequest(create)));
    String id = Lifecycle.firstIdentifier(first).orElseThrow(() -> new AssertionError("no identifier in " + first))
        .asText();
    assertFalse(id.equals(Lifecycle.firstIdentifier(second).orElseThrow().asText()), "a new identifier each time");

    for (Operation<?, ?> get : lifecycle.gets()) {
      JsonNode found = lookUp(get, first);
      if (!showsIdentifiers(get)) {
        continue; // the documented answer names no identifier (CryptoCloud v1's info: a status only)
      }
      assertTrue(found.toString().contains(id), Installed.name(get) + " finds " + id + ": " + found);
      assertFalse(found.toString().contains(Lifecycle.firstIdentifier(second).orElseThrow().asText()),
          Installed.name(get) + " shows only what was asked for: " + found);
    }
    for (Operation<?, ?> list : lifecycle.lists()) {
      JsonNode listed = JsonAssert.MAPPER.valueToTree(
          Installed.call(client(list), list, Installed.firstRequest(list)));
      assertTrue(listed.toString().contains(id), Installed.name(list) + " lists " + id + ": " + listed);
    }
    for (Operation<?, ?> cancel : lifecycle.cancels()) {
      lookUp(cancel, first);
      for (Operation<?, ?> get : lifecycle.gets()) {
        JsonNode found = lookUp(get, first);
        if (!showsIdentifiers(get)) {
          continue;
        }
        assertTrue(found.toString().toLowerCase(java.util.Locale.ROOT).contains("cancel"),
            Installed.name(get) + " shows " + id + " cancelled: " + found);
      }
    }
    for (Operation<?, ?> get : lifecycle.gets()) {
      ObjectNode unknown = Lifecycle.lookup(get, Installed.firstRequestValues(get),
          JsonAssert.MAPPER.createObjectNode().put("id", "NEVER0CREATED").put("uuid", "NEVER0CREATED"));
      Object request = ExampleRequests.typed(get, unknown, JsonAssert.MAPPER);
      assertThrows(InvalidRequestException.class, () -> Installed.call(client(get), get, request),
          Installed.name(get) + " does not find what was never created");
    }
  }

  /** Whether the operation's documented success shows an identifier member ({@code id}, {@code uuid}, ...). */
  private static boolean showsIdentifiers(Operation<?, ?> operation) {
    return Documentation.firstSuccess(operation) != null && JsonAssert.tree(Documentation.firstSuccess(operation).body())
        .toString().matches("(?s).*\"(id|uuid|[a-z_]*_id|[a-z_]*_uuid)\"\\s*:.*");
  }

  private static JsonNode lookUp(Operation<?, ?> operation, JsonNode created) {
    ObjectNode values = Lifecycle.lookup(operation, Installed.firstRequestValues(operation), created);
    Object request = ExampleRequests.typed(operation, values, JsonAssert.MAPPER);
    return JsonAssert.MAPPER.valueToTree(Installed.call(client(operation), operation, request));
  }
}
