package io.payspec.sandbox;

import io.payspec.runtime.meta.Operation;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an operation does to a resource, read from its name alone: {@code createInvoice} creates an
 * invoice, {@code getInvoice} and {@code getInvoices} look invoices up, {@code listInvoices} lists them,
 * {@code cancelPayoff} cancels a payoff. Any other name ({@code getBalance} when nothing creates
 * balances, {@code submitPayoff}) is {@link Verb#OTHER}.
 *
 * @param verb what it does
 * @param noun the resource, singular and lower case ({@code invoice}, {@code payoff}), or empty
 */
record OperationRole(Verb verb, String noun) {
  private static final Pattern NAME = Pattern.compile("(create|get|list|cancel)([A-Z][A-Za-z0-9]*)");

  /** The verbs the sandbox keeps state for. */
  enum Verb {
    CREATE,
    GET,
    LIST,
    CANCEL,
    OTHER
  }

  static OperationRole of(Operation<?, ?> operation) {
    Matcher m = NAME.matcher(operation.name());
    if (!m.matches()) {
      return new OperationRole(Verb.OTHER, "");
    }
    String noun = m.group(2).toLowerCase(Locale.ROOT);
    if (noun.endsWith("s") && !noun.endsWith("ss")) {
      noun = noun.substring(0, noun.length() - 1);
    }
    return new OperationRole(Verb.valueOf(m.group(1).toUpperCase(Locale.ROOT)), noun);
  }

  /** The state scope of a resource: one per provider, version and noun. */
  static String scope(Operation<?, ?> operation, String noun) {
    return operation.provider().id() + " " + operation.version() + " " + noun;
  }
}
