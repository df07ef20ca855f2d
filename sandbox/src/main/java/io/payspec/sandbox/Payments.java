package io.payspec.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.annotations.NotificationEncoding;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.NotificationInfo;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderModule;
import io.payspec.runtime.notification.NotificationSigner;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pays invoices the sandbox created, as the provider would: the invoice's status becomes the documented
 * paid value for the look-up calls, and the provider's notification, built from its documented body with
 * the invoice's facts, signed with the sandbox's notification secret, is POSTed to the sandbox's
 * notification URL when one is set, else to the invoice's own ({@code postback_url}, {@code callback_url}). A non-2xx answer is
 * retried a bounded number of times. Derived from the notification metadata; no provider is named.
 */
final class Payments {
  /** Deliveries per payment: the first try and the retries. */
  static final int ATTEMPTS = 3;
  private static final List<String> PAID = List.of("paid", "payed", "success");
  private static final List<String> URL_FIELDS = List.of("postback_url", "callback_url", "notification_url");

  private final List<ProviderModule> modules;
  private final Answers answers;
  private final Clock clock;
  private final String notificationUrl;
  private final ObjectMapper mapper;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  Payments(List<ProviderModule> modules, Answers answers, Clock clock, String notificationUrl, ObjectMapper mapper) {
    this.modules = List.copyOf(modules);
    this.answers = answers;
    this.clock = clock;
    this.notificationUrl = notificationUrl;
    this.mapper = mapper;
  }

  /** The secret the sandbox signs a provider's notifications with. */
  static String secret(String providerId, String credential) {
    return "sandbox-" + providerId + "-" + credential.replace('_', '-');
  }

  Sandbox.Delivery pay(String providerId, String invoiceId) {
    ProviderModule module = modules.stream().filter(m -> m.provider().id().equals(providerId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no provider '" + providerId + "' in this sandbox"));
    List<NotificationInfo<?>> notifications = new ArrayList<>(module.notifications());
    java.util.Collections.reverse(notifications); // newest version first
    for (NotificationInfo<?> info : notifications) {
      Operation<?, ?> lookup = lookup(module, info);
      if (lookup == null || !OperationRole.of(lookup).noun().equals("invoice") || info.examples().isEmpty()) {
        continue;
      }
      String scope = OperationRole.scope(lookup, "invoice");
      String[] paid = paid(lookup);
      ObjectNode facts = answers.settle(scope, invoiceId, paid[0], paid[1]);
      if (facts == null && !info.lookupIdPrefix().isEmpty()) {
        facts = answers.settle(scope, info.lookupIdPrefix() + invoiceId, paid[0], paid[1]);
      }
      if (facts != null) {
        return deliver(info, body(info, facts, invoiceId, paid[1]), url(facts));
      }
    }
    throw new IllegalArgumentException(providerId + " has no invoice '" + invoiceId
        + "' in this sandbox (create it first), or no notification naming invoices");
  }

  private static Operation<?, ?> lookup(ProviderModule module, NotificationInfo<?> info) {
    return module.operations().stream()
        .filter(o -> o.version().equals(info.version()) && o.name().equals(info.lookup()))
        .findFirst().orElse(null);
  }

  /**
   * The look-up's status member and its documented value meaning paid: {@code status}/{@code paid},
   * {@code state}/{@code payed}.
   */
  private static String[] paid(Operation<?, ?> lookup) {
    for (FieldInfo field : lookup.responseFields()) {
      String name = field.path().substring(field.path().lastIndexOf('.') + 1);
      if (name.equals("status") || name.equals("state")) {
        for (String wanted : PAID) {
          if (field.enumValues().contains(wanted)) {
            return new String[] {name, wanted};
          }
        }
      }
    }
    return new String[] {"status", "paid"};
  }

  /** The documented body with the invoice's facts: its id, status and every value of the same name. */
  private ObjectNode body(NotificationInfo<?> info, ObjectNode facts, String invoiceId, String paid) {
    ObjectNode body;
    try {
      body = (ObjectNode) mapper.readTree(info.examples().get(0).body());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(info.displayName() + ": its documented body is not JSON", e);
    }
    for (Map.Entry<String, JsonNode> field : body.properties()) {
      JsonNode known = facts.get(field.getKey());
      if (known != null && known.isValueNode() && !known.isNull() && field.getValue().isValueNode()) {
        field.setValue(known);
      }
    }
    String id = invoiceId.startsWith(info.lookupIdPrefix()) ? invoiceId.substring(info.lookupIdPrefix().length()) : invoiceId;
    if (info.idField() != null) {
      body.put(info.idField(), id);
    }
    for (String member : List.of("status", "state")) {
      JsonNode value = body.get(member);
      if (value != null && value.isTextual() && !value.asText().equalsIgnoreCase("success")) {
        body.put(member, paid);
      }
    }
    return body;
  }

  private String url(ObjectNode facts) {
    if (notificationUrl != null) {
      return notificationUrl;
    }
    for (String name : URL_FIELDS) {
      JsonNode url = facts.get(name);
      if (url != null && url.isTextual() && url.asText().toLowerCase(Locale.ROOT).startsWith("http")) {
        return url.asText();
      }
    }
    if (notificationUrl == null) {
      throw new IllegalStateException("the invoice names no notification URL and the sandbox has none: "
          + "set Sandbox.builder().notificationUrl(...)");
    }
    return notificationUrl;
  }

  private Sandbox.Delivery deliver(NotificationInfo<?> info, ObjectNode body, String url) {
    NotificationEncoding encoding = info.encodings().get(0);
    byte[] signed = new NotificationSigner(info, secret(info.provider().id(), info.scheme().credential()), clock)
        .sign(body, encoding);
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", NotificationSigner.contentType(encoding))
        .POST(HttpRequest.BodyPublishers.ofByteArray(signed))
        .build();
    int status = 0;
    int attempts = 0;
    while (attempts < ATTEMPTS) {
      attempts++;
      try {
        status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      } catch (IOException e) {
        status = 0;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      if (status / 100 == 2) {
        break;
      }
    }
    return new Sandbox.Delivery(info.displayName(), url, status, attempts, signed);
  }
}
