package io.payspec.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.runtime.meta.NotificationInfo;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderModule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Changes what the sandbox created as the provider would, and notifies the shop: an invoice paid in
 * full, in part or over, an invoice expired, a payoff completed. The resource's status becomes the
 * documented value ({@link Statuses}) for the look-up calls, with the amounts paid; the provider's
 * notification for it ({@link NotificationDraft}) is signed and delivered by the {@link Courier} to the
 * sandbox's notification URL when one is set, else to the resource's own ({@code postback_url},
 * {@code callback_url}). Derived from the operation and notification metadata; no provider is named.
 */
final class Payments {
  private static final List<String> URL_FIELDS = List.of("postback_url", "callback_url", "notification_url");
  /** Members that hold what was paid so far. */
  private static final List<String> PAID_AMOUNT = List.of("received_amount", "receive_amount", "amount_paid");
  /** Members that hold what is still to pay. */
  private static final List<String> REMAINING_AMOUNT = List.of("remaining_amount");
  /** Resources a payoff notification is about. */
  private static final List<String> PAYOFFS = List.of("payoff", "withdrawal");

  /** Where a resource lives: its look-up and the notification about it (null when none is documented). */
  private record Target(Operation<?, ?> lookup, NotificationInfo<?> notification, String scope, String id,
      ObjectNode facts, Statuses statuses) {}

  private final List<ProviderModule> modules;
  private final Answers answers;
  private final String defaultUrl;
  private volatile String notificationUrl;
  private final ObjectMapper mapper;
  private final Courier courier;
  private final Map<String, BigDecimal> paidSoFar = new HashMap<>();

  Payments(List<ProviderModule> modules, Answers answers, String notificationUrl, ObjectMapper mapper, Courier courier) {
    this.modules = List.copyOf(modules);
    this.answers = answers;
    this.defaultUrl = notificationUrl;
    this.notificationUrl = notificationUrl;
    this.mapper = mapper;
    this.courier = courier;
  }

  /** Where notifications go from now on, whatever URL a resource names; null: back to the builder's. */
  void notificationUrl(String url) {
    this.notificationUrl = url == null ? defaultUrl : url;
  }

  /**
   * Pays an invoice: in full when {@code amount} is null, else this amount on top of what was paid before.
   */
  Sandbox.Delivery pay(String providerId, String invoiceId, BigDecimal amount) {
    if (amount != null) {
      checkAmount(amount);
    }
    Target target = find(providerId, List.of("invoice"), invoiceId, true);
    Statuses statuses = target.statuses();
    BigDecimal total = Amounts.leading(target.facts().get("amount"));
    ObjectNode changes = JsonNodeFactory.instance.objectNode();
    String status;
    synchronized (paidSoFar) {
      String key = target.scope() + " " + target.id();
      BigDecimal before = paidSoFar.getOrDefault(key, BigDecimal.ZERO);
      BigDecimal paying = amount != null ? amount : total == null ? null : total.subtract(before).max(BigDecimal.ZERO);
      BigDecimal after = paying == null ? null : before.add(paying);
      if (total == null || after == null || after.compareTo(total) == 0) {
        status = statuses.paid();
      } else if (after.compareTo(total) > 0) {
        status = statuses.overpaid();
      } else {
        status = statuses.partial().orElseThrow(() -> new IllegalArgumentException(providerId + " "
            + target.lookup().version() + " documents no status for a partly paid invoice; pay "
            + total.subtract(before).toPlainString() + " or more"));
      }
      if (after != null) {
        paidSoFar.put(key, after);
        PAID_AMOUNT.forEach(name -> changes.put(name, after));
        if (total != null) {
          REMAINING_AMOUNT.forEach(name -> changes.put(name, total.subtract(after).max(BigDecimal.ZERO)));
        }
      }
    }
    changes.put(statuses.member(), status);
    String url = url(target.facts());
    ObjectNode facts = answers.settle(target.scope(), target.id(), changes);
    ObjectNode example = NotificationDraft.example(target.notification(), statuses, status, false, mapper)
        .orElseThrow(() -> new IllegalStateException(target.notification().displayName() + " documents no body"));
    return courier.send(target.notification(),
        NotificationDraft.fill(target.notification(), example, statuses, facts, invoiceId, status, mapper), url);
  }

  /**
   * Expires an invoice: its status becomes the documented expired (or cancelled) value, and the
   * notification documented with that status is delivered; none when no such body is documented.
   */
  Optional<Sandbox.Delivery> expire(String providerId, String invoiceId) {
    Target target = find(providerId, List.of("invoice"), invoiceId, false);
    Statuses statuses = target.statuses();
    String status = statuses.expired().orElseThrow(() -> new IllegalArgumentException(providerId + " "
        + target.lookup().version() + " documents no expired or cancelled status for an invoice"));
    Optional<ObjectNode> example = target.notification() == null ? Optional.empty()
        : NotificationDraft.example(target.notification(), statuses, status, true, mapper);
    String url = example.isPresent() ? url(target.facts()) : null;
    ObjectNode facts = answers.settle(target.scope(), target.id(),
        JsonNodeFactory.instance.objectNode().put(statuses.member(), status));
    return example.map(body -> courier.send(target.notification(),
        NotificationDraft.fill(target.notification(), body, statuses, facts, invoiceId, status, mapper), url));
  }

  /** Completes a payoff (a withdrawal): its status becomes the documented paid value and its notification is sent. */
  Sandbox.Delivery completePayoff(String providerId, String payoffId) {
    Target target = find(providerId, PAYOFFS, payoffId, true);
    Statuses statuses = target.statuses();
    String status = statuses.paid();
    String url = url(target.facts());
    ObjectNode facts = answers.settle(target.scope(), target.id(),
        JsonNodeFactory.instance.objectNode().put(statuses.member(), status));
    ObjectNode example = NotificationDraft.example(target.notification(), statuses, status, false, mapper)
        .orElseThrow(() -> new IllegalStateException(target.notification().displayName() + " documents no body"));
    return courier.send(target.notification(),
        NotificationDraft.fill(target.notification(), example, statuses, facts, payoffId, status, mapper), url);
  }

  /**
   * The resource of one of these nouns with this id: first through the notifications about such
   * resources (newest version first), then, unless {@code notified}, through the look-ups of such
   * resources that no notification names.
   */
  private Target find(String providerId, List<String> nouns, String id, boolean notified) {
    ProviderModule module = modules.stream().filter(m -> m.provider().id().equals(providerId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no provider '" + bounded(providerId) + "' in this sandbox"));
    List<NotificationInfo<?>> notifications = new ArrayList<>(module.notifications());
    Collections.reverse(notifications);
    boolean anyNotification = false;
    for (NotificationInfo<?> info : notifications) {
      Operation<?, ?> lookup = operation(module, info.version(), info.lookup());
      if (lookup == null || !nouns.contains(OperationRole.of(lookup).noun()) || info.examples().isEmpty()) {
        continue;
      }
      anyNotification = true;
      Target target = target(module, lookup, info, id);
      if (target == null && !info.lookupIdPrefix().isEmpty()) {
        target = target(module, lookup, info, info.lookupIdPrefix() + id);
      }
      if (target != null) {
        return target;
      }
    }
    if (!notified) {
      List<Operation<?, ?>> operations = new ArrayList<>(module.operations());
      Collections.reverse(operations);
      for (Operation<?, ?> lookup : operations) {
        OperationRole role = OperationRole.of(lookup);
        if (role.verb() == OperationRole.Verb.GET && nouns.contains(role.noun())) {
          Target target = target(module, lookup, null, id);
          if (target != null) {
            return target;
          }
        }
      }
    }
    String what = nouns.get(0);
    if (notified && !anyNotification) {
      throw new IllegalArgumentException(providerId + " documents no notification about a " + what
          + (what.equals("invoice") ? "" : " (" + String.join(", ", nouns) + ")"));
    }
    throw new IllegalArgumentException(providerId + " has no " + what + " '" + bounded(id)
        + "' in this sandbox: create it first");
  }

  private Target target(ProviderModule module, Operation<?, ?> lookup, NotificationInfo<?> info, String id) {
    String scope = OperationRole.scope(lookup, OperationRole.of(lookup).noun());
    ObjectNode facts = answers.find(scope, id);
    return facts == null ? null
        : new Target(lookup, info, scope, id, facts, Statuses.of(lookup, module.operations()));
  }

  private static Operation<?, ?> operation(ProviderModule module, String version, String name) {
    return module.operations().stream()
        .filter(o -> o.version().equals(version) && o.name().equals(name))
        .findFirst().orElse(null);
  }

  /** An identifier as a message may show it: at most 40 characters, printable ASCII. */
  private static String bounded(String id) {
    String shown = id.length() > 40 ? id.substring(0, 40) + "..." : id;
    return shown.replaceAll("[^\\x20-\\x7e]", "?");
  }

  private static void checkAmount(BigDecimal amount) {
    if (amount.signum() <= 0) {
      throw new IllegalArgumentException("amount must be positive");
    }
    if (amount.precision() - amount.scale() > Amounts.MAX_INTEGER_DIGITS || amount.scale() > Amounts.MAX_SCALE) {
      throw new IllegalArgumentException("amount must have at most " + Amounts.MAX_INTEGER_DIGITS
          + " digits before the point and " + Amounts.MAX_SCALE + " after it");
    }
  }

  private String url(ObjectNode facts) {
    String url = notificationUrl;
    if (url != null) {
      return url;
    }
    for (String name : URL_FIELDS) {
      JsonNode named = facts.get(name);
      if (named != null && named.isTextual() && named.asText().toLowerCase(Locale.ROOT).startsWith("http")) {
        return named.asText();
      }
    }
    throw new IllegalStateException("the resource names no notification URL and the sandbox has none: "
        + "set Sandbox.builder().notificationUrl(...) or sandbox.notificationUrl(...)");
  }
}
