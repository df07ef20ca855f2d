package io.payspec.docs.scaffold;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.payspec.docs.page.PageEndpoint;
import io.payspec.docs.page.PageExample;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Writes the Java source of a draft. */
final class SourceWriter {
  /** Simple names a draft may use, with their packages. */
  static final Map<String, String> IMPORTABLE = new LinkedHashMap<>();

  static {
    for (String a : List.of("BodyAuth", "Endpoint", "Envelope", "EnvelopeKind", "ErrorShape", "Errors", "ExactlyOneOf",
        "ExampleOutcome", "Field", "HeaderAuth", "HttpMethod", "MaxLength", "ParamIn", "Provider", "Range", "Request",
        "RequestExample", "Response", "ResponseExample", "ResponseShape", "Size", "WireEnum", "WireObject", "WireValue")) {
      IMPORTABLE.put(a, "io.payspec.annotations." + a);
    }
    IMPORTABLE.put("BigDecimal", "java.math.BigDecimal");
    IMPORTABLE.put("List", "java.util.List");
  }

  private static final ObjectMapper PRETTY = JsonMapper.builder().build();
  private static final com.fasterxml.jackson.core.util.DefaultPrettyPrinter PRINTER =
      new com.fasterxml.jackson.core.util.DefaultPrettyPrinter().withSeparators(
          com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER));
  private static final String TODO = "// TODO(maintainer): ";

  private SourceWriter() {}

  static String provider(String pkg, String type, String id, String baseUrl, String clientPackage, Auth auth, String source) {
    StringBuilder body = new StringBuilder();
    body.append("/** ").append(type).append(", drafted by {@code payspec docs scaffold} from ")
        .append(JavaText.javadoc(source)).append(". */\n");
    body.append(TODO).append("check the id, the display name (also the prefix of generated class names) and the description.\n");
    if (!auth.todo().isEmpty()) {
      body.append(TODO).append(JavaText.comment(auth.todo())).append('\n');
    }
    body.append("@Provider(\n    id = ").append(JavaText.literal(id))
        .append(",\n    name = ").append(JavaText.literal(type))
        .append(",\n    baseUrl = ").append(JavaText.literal(baseUrl))
        .append(",\n    javaPackage = ").append(JavaText.literal(clientPackage))
        .append(",\n    description = ").append(JavaText.literal(type + ", a payment provider.")).append(")\n");
    if (auth.header() != null) {
      body.append("@HeaderAuth(header = ").append(JavaText.literal(auth.header()));
      if (!auth.prefix().isEmpty()) {
        body.append(", prefix = ").append(JavaText.literal(auth.prefix()));
      }
      body.append(")\n");
    } else {
      body.append("@BodyAuth(login = ").append(JavaText.literal(auth.login())).append(", secret = ")
          .append(JavaText.literal(auth.secret())).append(")\n");
    }
    body.append("public interface ").append(type).append(" {}\n");
    return file(pkg, body.toString());
  }

  /** Everything the endpoint file is written from. */
  record EndpointSource(
      String pkg,
      String type,
      String providerType,
      String version,
      String operation,
      String method,
      String path,
      String title,
      String source,
      DraftWriter.ResponseShape response,
      List<DraftType> types,
      PageEndpoint endpoint,
      Auth auth,
      List<String> todos) {}

  static String endpoint(EndpointSource e) {
    StringBuilder b = new StringBuilder();
    b.append("/**\n * ").append(JavaText.javadoc(e.title().isBlank() ? e.operation() : e.title())).append(" (")
        .append(JavaText.javadoc(e.source())).append("), drafted by {@code payspec docs scaffold}.\n *\n")
        .append(" * <p>Review every {@code TODO(maintainer)} below, then record each deliberate departure from the\n")
        .append(" * page as a {@code @Decision}.\n */\n");
    for (String todo : e.todos()) {
      b.append(TODO).append(JavaText.comment(todo)).append('\n');
    }
    b.append("@Endpoint(\n    provider = ").append(e.providerType()).append(".class,\n    version = ")
        .append(JavaText.literal(e.version())).append(",\n    operation = ").append(JavaText.literal(e.operation()));
    if (!e.method().equals("POST")) {
      b.append(",\n    method = HttpMethod.").append(e.method());
    }
    b.append(",\n    path = ").append(JavaText.literal(e.path()))
        .append(",\n    description = ").append(JavaText.literal(e.title().isBlank() ? e.operation() : e.title()))
        .append(",\n    source = ").append(JavaText.literal(e.source()));
    if (e.response().payload() != null && e.response().payload().isArray()) {
      b.append(",\n    responseShape = ResponseShape.LIST");
    }
    b.append(")\n");
    envelope(b, e.response());
    errors(b, e.endpoint(), e.response().envelope().equals("ERROR_FLAG"));
    examples(b, e);
    b.append("public interface ").append(e.type()).append(" {\n");
    boolean first = true;
    for (DraftType type : e.types()) {
      if (!first) {
        b.append('\n');
      }
      first = false;
      type(b, type);
    }
    b.append("}\n");
    return file(e.pkg(), b.toString());
  }

  private static void envelope(StringBuilder b, DraftWriter.ResponseShape response) {
    switch (response.envelope()) {
      case "STATUS_AND_RESULT" -> {
        b.append("@Envelope(");
        if (!response.successValue().equals("success")) {
          b.append("value = EnvelopeKind.STATUS_AND_RESULT, successValue = ").append(JavaText.literal(response.successValue()));
        } else {
          b.append("EnvelopeKind.STATUS_AND_RESULT");
        }
        b.append(")\n");
      }
      case "ERROR_FLAG" -> b.append("@Envelope(EnvelopeKind.ERROR_FLAG)\n");
      default -> { }
    }
  }

  private static void errors(StringBuilder b, PageEndpoint endpoint, boolean errorFlag) {
    Set<String> shapes = new TreeSet<>();
    if (errorFlag) {
      shapes.add("ERROR_LIST");
    }
    for (PageExample e : endpoint.responseExamples()) {
      if (!e.readable() || !e.json().isObject()) {
        continue;
      }
      JsonNode body = e.json();
      if (body.path("error").asBoolean(false) && body.has("errors")) {
        shapes.add("ERROR_LIST");
      }
      if (e.status() >= 300 || e.status() < 200) {
        if (body.has("detail")) {
          shapes.add("DETAIL");
        }
        if (body.has("message")) {
          shapes.add("MESSAGE");
        }
        if (body.path("result").isObject()) {
          shapes.add("FIELD_MESSAGES");
        }
      }
    }
    if (shapes.isEmpty()) {
      b.append(TODO).append("the page shows no error body: add @Errors with the provider's error shapes\n");
      return;
    }
    b.append("@Errors({");
    boolean first = true;
    for (String s : shapes) {
      b.append(first ? "" : ", ").append("ErrorShape.").append(s);
      first = false;
    }
    b.append("})\n");
  }

  private static void examples(StringBuilder b, EndpointSource e) {
    JsonNode request = RequestDraft.example(e.endpoint(), e.auth().bodyCredentials());
    if (request != null) {
      PageExample from = e.endpoint().requestExamples().stream().filter(PageExample::readable).findFirst().orElseThrow();
      b.append("@RequestExample(\n    name = \"page\",\n    body = ").append(JavaText.textBlock(json(request), "        "))
          .append(",\n    note = ").append(JavaText.literal("From the page's " + (from.title().isEmpty() ? "" : from.title() + " ")
              + "example (line " + from.line() + ")" + (e.auth().bodyCredentials().isEmpty() ? "" : ", credentials left out") + "."))
          .append(")\n");
    } else {
      b.append(TODO).append("the page shows no request body example: write one from the table (and say so in its note)\n");
    }
    Set<String> names = new HashSet<>();
    for (PageExample x : e.endpoint().responseExamples()) {
      if (!x.readable()) {
        b.append(TODO).append("the response example on line ").append(x.line()).append(' ')
            .append(JavaText.comment(x.problem())).append(": complete it and record a @Decision(topic = EXAMPLE)\n");
        continue;
      }
      String outcome = outcome(x.status());
      String name = unique(names, x.status() >= 200 && x.status() < 300 ? "success" : outcome.toLowerCase().replace('_', '-'));
      b.append("@ResponseExample(\n    name = ").append(JavaText.literal(name));
      if (x.status() != 200) {
        b.append(",\n    status = ").append(x.status());
      }
      if (!outcome.equals("SUCCESS")) {
        b.append(",\n    outcome = ExampleOutcome.").append(outcome);
      }
      b.append(",\n    body = ").append(JavaText.textBlock(x.text(), "        ")).append(")\n");
    }
  }

  private static String outcome(int status) {
    if (status >= 200 && status < 300) {
      return "SUCCESS";
    }
    return switch (status) {
      case 401, 403 -> "AUTHENTICATION_FAILED";
      case 404 -> "NOT_FOUND";
      case 429 -> "RATE_LIMITED";
      case 406, 500, 502, 503, 504 -> "UNAVAILABLE";
      default -> "INVALID_REQUEST";
    };
  }

  private static String unique(Set<String> names, String base) {
    String name = base;
    int n = 2;
    while (!names.add(name)) {
      name = base + "-" + n++;
    }
    return name;
  }

  private static String json(JsonNode node) {
    try {
      return PRETTY.writer(PRINTER).writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void type(StringBuilder b, DraftType type) {
    for (String todo : type.todos) {
      b.append("  ").append(TODO).append(JavaText.comment(todo)).append('\n');
    }
    String description = JavaText.literal(type.description);
    switch (type.role) {
      case REQUEST -> {
        b.append("  @Request(description = ").append(description).append(")\n");
        if (!type.exactlyOneOf.isEmpty()) {
          b.append("  @ExactlyOneOf({");
          for (int i = 0; i < type.exactlyOneOf.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(JavaText.literal(type.exactlyOneOf.get(i)));
          }
          b.append("})\n");
        }
        b.append("  interface ").append(type.name).append(" {\n");
      }
      case RESPONSE -> b.append("  @Response(description = ").append(description).append(")\n  interface ")
          .append(type.name).append(" {\n");
      case OBJECT -> b.append("  @WireObject(description = ").append(description).append(")\n  interface ")
          .append(type.name).append(" {\n");
      case ENUM -> {
        b.append("  @WireEnum(description = ").append(description).append(")\n  enum ").append(type.name).append(" {\n");
        Set<String> constants = new HashSet<>();
        for (int i = 0; i < type.enumValues.size(); i++) {
          String wire = type.enumValues.get(i);
          String constant = JavaNames.constant(wire);
          while (!constants.add(constant)) {
            constant = constant + "_";
          }
          b.append("    ");
          if (!constant.equals(wire)) {
            b.append("@WireValue(").append(JavaText.literal(wire)).append(") ");
          }
          b.append(constant).append(i + 1 < type.enumValues.size() ? ",\n" : "\n");
        }
        b.append("  }\n");
        return;
      }
      default -> throw new IllegalStateException(type.role.toString());
    }
    Set<String> members = new HashSet<>();
    boolean first = true;
    for (DraftField f : type.fields) {
      if (!first) {
        b.append('\n');
      }
      first = false;
      for (String todo : f.todos) {
        b.append("    ").append(TODO).append(JavaText.comment(todo)).append('\n');
      }
      b.append("    @Field(value = ").append(JavaText.literal(f.wire));
      if (f.required) {
        b.append(", required = true");
      }
      if (f.nullable) {
        b.append(", nullable = true");
      }
      if (!f.in.isEmpty()) {
        b.append(", in = ParamIn.").append(f.in);
      }
      if (!f.description.isBlank()) {
        b.append(", description = ").append(JavaText.literal(f.description));
      }
      b.append(")\n");
      for (String c : f.constraints) {
        b.append("    ").append(c).append('\n');
      }
      String member = JavaNames.member(f.wire);
      while (!members.add(member)) {
        member = member + "2";
      }
      b.append("    ").append(f.javaType).append(' ').append(member).append("();\n");
    }
    b.append("  }\n");
  }

  private static String file(String pkg, String body) {
    Set<String> imports = new TreeSet<>();
    for (Map.Entry<String, String> e : IMPORTABLE.entrySet()) {
      if (Pattern.compile("(@|\\b)" + e.getKey() + "\\b[^\"]").matcher(strip(body)).find()) {
        imports.add(e.getValue());
      }
    }
    StringBuilder out = new StringBuilder("package ").append(pkg).append(";\n\n");
    imports.forEach(i -> out.append("import ").append(i).append(";\n"));
    return out.append('\n').append(body).toString();
  }

  /** The code without string literals, text blocks and comments, to look for the names it uses. */
  private static String strip(String body) {
    return body.replaceAll("(?s)\"\"\".*?\"\"\"", "\"\"")
        .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
        .replaceAll("(?m)//.*$", "")
        .replaceAll("(?s)/\\*.*?\\*/", "");
  }
}
