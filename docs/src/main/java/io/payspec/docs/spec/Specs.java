package io.payspec.docs.spec;

import io.payspec.docs.page.Bounds;
import io.payspec.docs.page.WireType;
import io.payspec.runtime.json.Json;
import io.payspec.runtime.meta.AuthInfo;
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
    AuthInfo auth = operation.provider().auth();
    List<String> headers = new ArrayList<>();
    List<String> bodyCredentials = new ArrayList<>();
    if (auth != null && auth.kind() == AuthInfo.Kind.HEADER) {
      headers.add(auth.header());
    } else if (auth != null) {
      bodyCredentials.add(auth.loginField());
      bodyCredentials.add(auth.secretField());
    }
    String method = operation.method().name();
    List<SpecField> request = new ArrayList<>();
    for (FieldInfo field : operation.requestFields()) {
      request.add(new SpecField(
          field.path(),
          new WireType(kind(field.kind().name()), field.list()),
          field.required(),
          field.enumValues(),
          Bounds.NONE,
          location(operation.path(), method, field.path()),
          List.of()));
    }
    return new SpecEndpoint(
        operation.provider().name(),
        operation.provider().id(),
        operation.version(),
        operation.name(),
        method,
        operation.provider().baseUrl(),
        operation.path(),
        headers,
        bodyCredentials,
        withParents(request),
        ResponseFields.of(Json.mapper(), operation.responseType()),
        List.of(),
        new OperationExamples(operation, bodyCredentials));
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

  /** Where a field travels under {@code ParamIn.AUTO}. */
  private static String location(String path, String method, String fieldPath) {
    if (fieldPath.contains(".")) {
      return "body";
    }
    if (path.contains("{" + fieldPath + "}")) {
      return "path";
    }
    return method.equals("GET") || method.equals("DELETE") ? "query" : "body";
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
