package io.payspec.docs.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.docs.page.PageEndpoint;
import io.payspec.docs.page.PageExample;
import io.payspec.docs.page.PageField;
import io.payspec.docs.page.RequiredMark;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The request type of a draft: the body, query and path rows of the page, and keys only its example sends. */
final class RequestDraft {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

  private RequestDraft() {}

  static void fill(Types types, DraftType request, PageEndpoint endpoint, List<String> credentials) {
    Inference inference = new Inference(types, true);
    List<PageField> rows = endpoint.requestFields().stream().filter(f -> !credentials.contains(f.path())).toList();
    JsonNode example = example(endpoint, credentials);
    List<String> oneOf = new ArrayList<>();
    for (PageField row : rows) {
      if (row.path().contains(".") || request.field(row.path()) != null) {
        continue;
      }
      List<PageField> children = rows.stream().filter(c -> c.path().startsWith(row.path() + ".")).toList();
      request.fields.add(inference.fromPage(row, children, example == null ? null : example.get(row.path()), request));
      if (row.mark() == RequiredMark.ONE_OF) {
        oneOf.add(row.path());
      }
    }
    inference.addExampleOnly(request, example, true);
    Matcher m = PLACEHOLDER.matcher(endpoint.path());
    while (m.find()) {
      DraftField existing = request.field(m.group(1));
      if (existing == null) {
        DraftField f = new DraftField(m.group(1), "String");
        f.required = true;
        f.in = "PATH";
        f.description = "The " + m.group(1) + " in the path";
        f.todos.add("a path parameter the page has no table row for: check its type and description");
        request.fields.add(f);
      } else {
        existing.in = "PATH";
      }
    }
    if (oneOf.size() >= 2) {
      request.exactlyOneOf.addAll(oneOf);
    } else if (oneOf.size() == 1) {
      request.todos.add("only " + oneOf.get(0) + " has the yellow \"one of\" star: which fields does it go with?");
    }
  }

  /** The first request example that is a JSON object, without credentials. */
  static JsonNode example(PageEndpoint endpoint, List<String> credentials) {
    for (PageExample e : endpoint.requestExamples()) {
      if (e.readable() && e.json().isObject()) {
        ObjectNode body = ((ObjectNode) e.json()).deepCopy();
        credentials.forEach(body::remove);
        return body;
      }
    }
    return null;
  }
}
