package io.payspec.docs.spec;

import io.payspec.docs.page.Bounds;
import io.payspec.docs.page.WireType;
import io.payspec.runtime.json.Json;
import io.payspec.runtime.meta.AuthInfo;
import io.payspec.runtime.meta.DecisionInfo;
import io.payspec.runtime.meta.FieldConstraints;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The spec as {@code docs check} sees it: every operation of every provider module on the class
 * path, adapted from the generated metadata ({@link Operation}, {@link FieldInfo}).
 */
public final class Specs {
  private Specs() {}

  /** Every installed endpoint. */
  public static List<SpecEndpoint> installed() {
    List<SpecEndpoint> out = new ArrayList<>();
    for (ProviderModule module : ProviderModule.installed()) {
      for (Operation<?, ?> operation : module.operations()) {
        out.add(of(operation));
      }
    }
    return out;
  }

  /** One operation in the comparison's terms. */
  public static SpecEndpoint of(Operation<?, ?> operation) {
    AuthInfo auth = operation.auth() == null ? operation.provider().auth() : operation.auth();
    List<String> headers = new ArrayList<>();
    List<String> bodyCredentials = new ArrayList<>();
    if (auth != null && auth.kind() == AuthInfo.Kind.HEADER) {
      headers.add(auth.header());
    } else if (auth != null) {
      bodyCredentials.add(auth.loginField());
      bodyCredentials.add(auth.secretField());
    }
    List<SpecField> request = new ArrayList<>();
    for (FieldInfo field : operation.requestFields()) {
      request.add(field(field, field.in().name().toLowerCase(Locale.ROOT)));
    }
    List<SpecField> response = new ArrayList<>();
    for (FieldInfo field : operation.responseFields()) {
      response.add(field(field, ""));
    }
    if (response.isEmpty()) {
      response.addAll(ResponseFields.of(Json.mapper(), operation.responseType()));
    }
    return new SpecEndpoint(
        operation.provider().name(),
        operation.provider().id(),
        operation.version(),
        operation.name(),
        operation.method().name(),
        operation.provider().baseUrl(),
        operation.path(),
        headers,
        bodyCredentials,
        withParents(request),
        withParents(response),
        decisions(operation.decisions()),
        new OperationExamples(operation, bodyCredentials),
        envelopeFields(operation.envelope()));
  }

  private static List<String> envelopeFields(Operation.EnvelopeInfo envelope) {
    List<String> out = new ArrayList<>();
    if (envelope == null) {
      return out;
    }
    switch (envelope.kind()) {
      case STATUS_AND_RESULT -> {
        out.add(envelope.statusField());
        if (envelope.resultField() != null && !envelope.resultField().isEmpty()) {
          out.add(envelope.resultField());
        }
      }
      case ERROR_FLAG -> {
        out.add(envelope.errorFlagField());
        out.add(envelope.errorsField());
      }
      default -> { }
    }
    return out;
  }

  private static SpecField field(FieldInfo field, String location) {
    FieldConstraints c = field.constraints();
    Bounds bounds = new Bounds(c.min(), c.minExclusive(), c.max(), false, c.maxLength(), c.minSize(), c.maxSize());
    WireType.Kind kind = field.map() ? WireType.Kind.OBJECT : kind(field.kind().name());
    return new SpecField(field.path(), new WireType(kind, field.list()), field.required(), field.enumValues(), bounds,
        location, decisions(field.decisions()));
  }

  private static List<SpecDecision> decisions(List<DecisionInfo> decisions) {
    List<SpecDecision> out = new ArrayList<>();
    for (DecisionInfo d : decisions) {
      out.add(new SpecDecision(d.topic().name(), d.field() == null || d.field().isEmpty() ? "" : d.field(), d.page(),
          d.chosen(), d.reason()));
    }
    return out;
  }

  /** The metadata lists leaves only: objects on the way to a nested field are added as optional objects. */
  static List<SpecField> withParents(List<SpecField> fields) {
    java.util.Map<String, SpecField> byPath = new java.util.LinkedHashMap<>();
    for (SpecField f : fields) {
      String path = f.path();
      int dot = path.indexOf('.');
      while (dot > 0) {
        String parent = path.substring(0, dot);
        byPath.putIfAbsent(parent, new SpecField(parent, new WireType(WireType.Kind.OBJECT, false), false, List.of(),
            Bounds.NONE, f.location(), List.of()));
        dot = path.indexOf('.', dot + 1);
      }
      byPath.put(path, f);
    }
    return List.copyOf(byPath.values());
  }

  /** A metadata kind by name, so kinds added to the metadata later read as UNKNOWN rather than failing. */
  static WireType.Kind kind(String name) {
    return switch (name.toUpperCase(Locale.ROOT)) {
      case "STRING" -> WireType.Kind.STRING;
      case "INTEGER", "LONG" -> WireType.Kind.INTEGER;
      case "DECIMAL" -> WireType.Kind.DECIMAL;
      case "BOOLEAN" -> WireType.Kind.BOOLEAN;
      case "TIMESTAMP", "DATE" -> WireType.Kind.TIMESTAMP;
      case "CURRENCY_AMOUNT" -> WireType.Kind.CURRENCY_AMOUNT;
      case "ENUM" -> WireType.Kind.ENUM;
      case "OBJECT", "MAP" -> WireType.Kind.OBJECT;
      default -> WireType.Kind.UNKNOWN;
    };
  }
}
