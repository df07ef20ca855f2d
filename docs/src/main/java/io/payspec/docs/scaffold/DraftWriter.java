package io.payspec.docs.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.docs.page.Page;
import io.payspec.docs.page.PageEndpoint;
import io.payspec.docs.page.PageExample;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts an annotated descriptor for one endpoint of a page: a {@code @Provider} interface and an
 * {@code @Endpoint} interface with the request, response, objects and enums the page describes, and
 * the page's examples. What the page does not settle is marked {@code // TODO(maintainer): ...}.
 */
public final class DraftWriter {
  private static final Pattern VERSION = Pattern.compile("/(v\\d+)(?=/|$)");

  private DraftWriter() {}

  /**
   * @param page the page
   * @param endpoint one of its endpoints
   * @param javaPackage the descriptor's package, or null for {@code io.payspec.spec.<provider>}
   */
  public static Draft draft(Page page, PageEndpoint endpoint, String javaPackage) {
    List<String> endpointTodos = new ArrayList<>();
    String origin = endpoint.origin();
    if (origin.isEmpty()) {
      origin = endpoint.requestExamples().stream().map(PageExample::url).filter(u -> u.contains("://"))
          .map(DraftWriter::originOf).findFirst().orElse("");
      if (!origin.isEmpty()) {
        endpointTodos.add("the page gives the path only; the base URL " + origin + " is taken from its code examples");
      }
    }
    if (origin.isEmpty()) {
      origin = "https://api.example.com";
      endpointTodos.add("the page gives no base URL: set the provider's baseUrl");
    }
    String providerId = providerId(origin);
    String providerType = JavaNames.type(providerId);
    String pkg = javaPackage == null || javaPackage.isBlank() ? "io.payspec.spec." + providerId : javaPackage;
    String clientPackage = pkg.startsWith("io.payspec.spec.") ? "io.payspec." + providerId : pkg + ".client";
    String path = endpoint.path();
    Matcher v = VERSION.matcher(path);
    String version = v.find() ? v.group(1) : "v1";
    if (!VERSION.matcher(path).find()) {
      endpointTodos.add("the path carries no version: \"v1\" is a guess");
    }
    String operation = operation(path);
    String endpointType = providerType + JavaNames.type(version) + JavaNames.type(operation);

    Auth auth = Auth.of(endpoint);
    Types types = new Types(endpointType, providerType);
    DraftType request = types.add(JavaNames.type(operation) + "Request", DraftType.Role.REQUEST,
        "A request to " + words(operation) + ".");
    RequestDraft.fill(types, request, endpoint, auth.bodyCredentials());
    ResponseShape response = ResponseShape.of(endpoint);
    DraftType payload = types.add(noun(operation), DraftType.Role.RESPONSE, "The answer to " + words(operation) + ".");
    ResponseDraft.fill(types, payload, endpoint, response.payload());
    if (response.payload() == null) {
      payload.todos.add("the page shows no successful response: declare its fields");
    }

    String source = page.file().getFileName().toString();
    Map<String, String> files = new LinkedHashMap<>();
    String dir = pkg.replace('.', '/') + "/";
    files.put(dir + providerType + ".java",
        SourceWriter.provider(pkg, providerType, providerId, origin, clientPackage, auth, source));
    files.put(dir + endpointType + ".java", SourceWriter.endpoint(new SourceWriter.EndpointSource(
        pkg, endpointType, providerType, version, operation, endpoint.method(), path,
        page.title(), source, response, types.all(), endpoint, auth, endpointTodos)));
    return new Draft(pkg, providerType, endpointType, files);
  }

  static String originOf(String url) {
    int scheme = url.indexOf("://");
    int slash = url.indexOf('/', scheme + 3);
    return slash < 0 ? url : url.substring(0, slash);
  }

  /** {@code https://api.nord-pay.com} -> {@code nordpay}. */
  static String providerId(String origin) {
    String host = origin.substring(origin.indexOf("://") + 3);
    String[] labels = host.split("\\.");
    String label = labels.length >= 2 ? labels[labels.length - 2] : labels[0];
    String id = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return id.isEmpty() || Character.isDigit(id.charAt(0)) ? "provider" + id : id;
  }

  /** {@code /v2/invoice/create} -> {@code createInvoice}; {@code /invoice/{id}} -> {@code getInvoice}. */
  static String operation(String path) {
    List<String> words = new ArrayList<>();
    boolean parameter = false;
    for (String segment : path.split("/")) {
      if (segment.isEmpty() || VERSION.matcher("/" + segment).matches()) {
        continue;
      }
      if (segment.startsWith("{") || segment.startsWith(":")) {
        parameter = true;
        continue;
      }
      words.add(segment);
    }
    if (words.isEmpty()) {
      return "call";
    }
    String last = words.get(words.size() - 1);
    List<String> verbs = List.of("create", "info", "list", "get", "cancel", "canceled", "submit", "confirm",
        "request", "update", "delete", "check", "status");
    if (verbs.contains(last.toLowerCase(Locale.ROOT)) && words.size() >= 2) {
      String verb = switch (last.toLowerCase(Locale.ROOT)) {
        case "info", "status" -> "get";
        case "canceled" -> "cancel";
        default -> last;
      };
      return JavaNames.member(verb) + JavaNames.type(JavaNames.singular(words.get(words.size() - 2)));
    }
    return (parameter ? "get" : "") + (parameter ? JavaNames.type(String.join("_", words)) : JavaNames.member(String.join("_", words)));
  }

  /** {@code createInvoice} -> {@code Invoice}. */
  static String noun(String operation) {
    for (int i = 1; i < operation.length(); i++) {
      if (Character.isUpperCase(operation.charAt(i))) {
        return operation.substring(i) + (operation.startsWith("list") ? "Page" : "");
      }
    }
    return JavaNames.type(operation) + "Result";
  }

  private static String words(String operation) {
    return operation.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT).strip();
  }

  /** The successful response: its envelope and payload. */
  record ResponseShape(String envelope, String successValue, JsonNode payload, PageExample example) {
    static ResponseShape of(PageEndpoint endpoint) {
      for (PageExample e : endpoint.responseExamples()) {
        if (!e.readable() || e.status() < 200 || e.status() >= 300) {
          continue;
        }
        JsonNode body = e.json();
        if (body.isObject() && body.path("status").isTextual() && body.has("result")
            && (body.get("result").isObject() || body.get("result").isArray())) {
          return new ResponseShape("STATUS_AND_RESULT", body.get("status").asText(), body.get("result"), e);
        }
        if (body.isObject() && body.path("error").isBoolean() && body.path("errors").isArray()) {
          ObjectNode payload = ((ObjectNode) body).deepCopy();
          payload.remove("error");
          payload.remove("errors");
          return new ResponseShape("ERROR_FLAG", "", payload, e);
        }
        return new ResponseShape("FLAT", "", body, e);
      }
      return new ResponseShape("FLAT", "", null, null);
    }
  }
}
