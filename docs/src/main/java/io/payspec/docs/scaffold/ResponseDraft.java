package io.payspec.docs.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import io.payspec.docs.page.PageEndpoint;
import io.payspec.docs.page.PageField;
import java.util.List;

/** The response type of a draft: the page's response table, completed with keys only its example shows. */
final class ResponseDraft {
  private ResponseDraft() {}

  static void fill(Types types, DraftType response, PageEndpoint endpoint, JsonNode payload) {
    Inference inference = new Inference(types, false);
    JsonNode object = payload != null && payload.isArray() && !payload.isEmpty() ? payload.get(0) : payload;
    List<PageField> rows = endpoint.responseFields();
    for (PageField row : rows) {
      if (row.path().contains(".") || response.field(row.path()) != null) {
        continue;
      }
      List<PageField> children = rows.stream().filter(c -> c.path().startsWith(row.path() + ".")).toList();
      response.fields.add(inference.fromPage(row, children, object == null ? null : object.get(row.path()), response));
    }
    if (rows.isEmpty() && object != null) {
      response.todos.add("the page has no response table: fields read off its example; add descriptions");
    }
    inference.addExampleOnly(response, object, !rows.isEmpty());
    if (response.fields.isEmpty()) {
      DraftField f = new DraftField("todo", "String");
      f.todos.add("a placeholder so that the response compiles: replace it with the response's fields");
      response.fields.add(f);
    }
  }
}
