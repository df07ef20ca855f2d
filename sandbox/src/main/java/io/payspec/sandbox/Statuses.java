package io.payspec.sandbox;

import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.Operation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The documented status values of a resource, read from its look-up's status member ({@code status} or
 * {@code state}, else an enum member named like {@code status_invoice}) and that member's documented enum values, or, when the look-up answers a list whose
 * members are not listed, from another operation of the same resource (its create call); no provider is
 * named. Each meaning takes the
 * first documented value that says it:
 *
 * <ul>
 *   <li>new: the first documented value ({@code created}, {@code pending}, {@code notpayed});
 *   <li>paid: {@code paid}, {@code payed}, {@code success};
 *   <li>partly paid: a value containing {@code partial} ({@code partial}, {@code partially_paid}), else
 *       one containing {@code wrongamount} ("paid with a wrong amount");
 *   <li>over-paid: a value containing {@code overpaid}, else the paid value;
 *   <li>expired: {@code expired}, else a value starting with {@code cancel} (a provider that cancels
 *       unpaid invoices when they expire); none otherwise.
 * </ul>
 *
 * @param member the status member's wire name
 * @param values the documented values, empty when the look-up documents none
 */
record Statuses(String member, List<String> values) {
  private static final List<String> PAID = List.of("paid", "payed", "success");

  Statuses {
    values = List.copyOf(values);
  }

  /**
   * The statuses of the resource {@code lookup} answers with.
   *
   * @param lookup the look-up
   * @param operations the provider's operations, where the resource's other operations are found
   */
  static Statuses of(Operation<?, ?> lookup, List<Operation<?, ?>> operations) {
    Statuses own = documented(lookup);
    if (own != null) {
      return own;
    }
    String noun = OperationRole.of(lookup).noun();
    for (Operation<?, ?> operation : operations) {
      if (operation.provider().id().equals(lookup.provider().id()) && operation.version().equals(lookup.version())
          && OperationRole.of(operation).noun().equals(noun)) {
        Statuses other = documented(operation);
        if (other != null) {
          return other;
        }
      }
    }
    return new Statuses("status", List.of());
  }

  /**
   * The operation's enum answer field named {@code status} or {@code state}, else the first enum one
   * whose name contains {@code status} ({@code status_invoice}), or null.
   */
  private static Statuses documented(Operation<?, ?> operation) {
    Statuses named = null;
    for (FieldInfo field : operation.responseFields()) {
      String name = field.path().substring(field.path().lastIndexOf('.') + 1);
      if (field.enumValues().isEmpty()) {
        continue;
      }
      if (name.equals("status") || name.equals("state")) {
        return new Statuses(name, field.enumValues());
      }
      if (named == null && name.contains("status")) {
        named = new Statuses(name, field.enumValues());
      }
    }
    return named;
  }

  /** The first documented value, the one a new resource has ({@code created}, {@code pending}), if any. */
  Optional<String> initial() {
    return values.stream().findFirst();
  }

  /** The documented paid value; {@code paid} when none is documented. */
  String paid() {
    for (String wanted : PAID) {
      if (values.contains(wanted)) {
        return wanted;
      }
    }
    return "paid";
  }

  /** The documented value of a partly paid resource, if any. */
  Optional<String> partial() {
    return containing("partial").or(() -> containing("wrongamount"));
  }

  /** The documented value of an over-paid resource, else the paid one. */
  String overpaid() {
    return containing("overpaid").orElseGet(this::paid);
  }

  /** The documented value of an expired resource, if any. */
  Optional<String> expired() {
    if (values.contains("expired")) {
      return Optional.of("expired");
    }
    return values.stream().filter(value -> value.toLowerCase(Locale.ROOT).startsWith("cancel")).findFirst();
  }

  private Optional<String> containing(String word) {
    return values.stream()
        .filter(value -> value.toLowerCase(Locale.ROOT).replace("_", "").contains(word))
        .findFirst();
  }
}
