package io.payspec.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.runtime.ClientCore;
import io.payspec.runtime.error.PayspecException;
import io.payspec.runtime.json.Json;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderModule;
import io.payspec.sandbox.Documentation;
import io.payspec.sandbox.ExampleRequests;
import io.payspec.sandbox.Lifecycle;
import io.payspec.sandbox.Sandbox;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A shop's day on every provider version, against a sandbox, from the documented examples and the
 * operation metadata alone: for each resource an operation creates ({@link Lifecycle}), create one
 * from the documented request, look it up, list, cancel it and look it up again, as far as the provider
 * documents those operations. A version whose creations nobody looks up just creates.
 */
final class ShopDay {
  /** How much of a failure's message a row shows. */
  private static final int FAILURE_WIDTH = 70;

  private final Sandbox sandbox;
  private final ObjectMapper mapper = Json.mapper();

  ShopDay(Sandbox sandbox) {
    this.sandbox = sandbox;
  }

  /** Every step, provider by provider and version by version. */
  List<DemoStep> walk(List<ProviderModule> modules) {
    List<DemoStep> steps = new ArrayList<>();
    for (ProviderModule module : modules) {
      for (List<Operation<?, ?>> version : byVersion(module.operations()).values()) {
        List<Lifecycle> lifecycles = Lifecycle.of(version).stream()
            .filter(lifecycle -> !Documentation.requests(lifecycle.create()).isEmpty())
            .toList();
        if (lifecycles.isEmpty()) {
          version.stream()
              .filter(operation -> operation.name().startsWith("create"))
              .filter(operation -> !Documentation.requests(operation).isEmpty())
              .findFirst()
              .ifPresent(create -> steps.add(step(create, call(create, documented(create)))));
        }
        for (Lifecycle lifecycle : lifecycles) {
          walk(lifecycle, steps);
        }
      }
    }
    return steps;
  }

  private void walk(Lifecycle lifecycle, List<DemoStep> steps) {
    JsonNode created = call(lifecycle.create(), documented(lifecycle.create()));
    steps.add(step(lifecycle.create(), created));
    JsonNode subject = ResponseSummary.subject(created).map(JsonNode.class::cast).orElse(created);
    String id = ResponseSummary.subject(subject).map(ResponseSummary::id).orElse("");
    for (Operation<?, ?> get : documentedOnly(lifecycle.gets())) {
      steps.add(withId(step(get, call(get, Lifecycle.lookup(get, documented(get), subject))), id));
    }
    for (Operation<?, ?> list : documentedOnly(lifecycle.lists())) {
      JsonNode listed = call(list, documented(list));
      int count = ResponseSummary.count(listed);
      steps.add(new DemoStep(list.provider().name(), list.version(), list.name(),
          count < 0 ? "" : count + " listed", "", "", ""));
    }
    for (Operation<?, ?> cancel : documentedOnly(lifecycle.cancels())) {
      JsonNode cancelled = call(cancel, Lifecycle.lookup(cancel, documented(cancel), subject));
      DemoStep step = withId(step(cancel, cancelled), id);
      steps.add(new DemoStep(step.provider(), step.version(), step.operation(), step.id(), step.status(), "", ""));
      for (Operation<?, ?> get : documentedOnly(lifecycle.gets())) {
        steps.add(withId(step(get, call(get, Lifecycle.lookup(get, documented(get), subject))), id));
      }
    }
  }

  /** The step, showing the identifier it was asked about when its answer names none. */
  static DemoStep withId(DemoStep step, String id) {
    return step.id().isEmpty()
        ? new DemoStep(step.provider(), step.version(), step.operation(), id, step.status(), step.amount(), step.link())
        : step;
  }

  private static List<Operation<?, ?>> documentedOnly(List<Operation<?, ?>> operations) {
    return operations.stream().filter(operation -> !Documentation.requests(operation).isEmpty()).toList();
  }

  ObjectNode documented(Operation<?, ?> operation) {
    return ExampleRequests.values(operation, Documentation.requests(operation).get(0), mapper);
  }

  /** The typed answer with wire names; a refused call is shown as such in the table, and the day goes on. */
  JsonNode call(Operation<?, ?> operation, ObjectNode values) {
    ClientCore.Builder builder = ClientCore.builder(operation.provider()).baseUrl(sandbox.baseUrl());
    sandbox.credentials(operation.provider().id()).forEach(builder::credential);
    try {
      return mapper.valueToTree(send(builder.build(), operation, ExampleRequests.typed(operation, values, mapper)));
    } catch (PayspecException e) {
      String message = e.getMessage();
      return mapper.createObjectNode().put("status", "failed: "
          + (message.length() > FAILURE_WIDTH ? message.substring(0, FAILURE_WIDTH) + "…" : message));
    }
  }

  @SuppressWarnings("unchecked")
  private static <Q, R> R send(ClientCore client, Operation<Q, R> operation, Object request) {
    return client.call(operation, (Q) request);
  }

  static DemoStep step(Operation<?, ?> operation, JsonNode response) {
    return ResponseSummary.subject(response)
        .map(subject -> new DemoStep(operation.provider().name(), operation.version(), operation.name(),
            ResponseSummary.id(subject), ResponseSummary.status(subject), ResponseSummary.amount(subject),
            ResponseSummary.link(subject)))
        .orElse(new DemoStep(operation.provider().name(), operation.version(), operation.name(), "", "", "", ""));
  }

  private static Map<String, List<Operation<?, ?>>> byVersion(List<Operation<?, ?>> operations) {
    Map<String, List<Operation<?, ?>>> versions = new LinkedHashMap<>();
    operations.forEach(operation -> versions.computeIfAbsent(operation.version(), v -> new ArrayList<>()).add(operation));
    return versions;
  }
}
