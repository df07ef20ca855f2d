package io.payspec.docs.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.docs.diff.Comparison;
import io.payspec.docs.diff.Difference;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** Machine-readable: {@code {"errors": [...], "endpoints": [{"page", "endpoint", "spec", "differences": [...]}]}}. */
final class JsonReport implements Report {
  private final ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  @Override
  public void write(List<Comparison> comparisons, List<String> errors, PrintWriter out) {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode errorList = root.putArray("errors");
    errors.forEach(errorList::add);
    ArrayNode endpoints = root.putArray("endpoints");
    for (Comparison c : comparisons) {
      ObjectNode e = endpoints.addObject();
      e.put("page", c.file().toString());
      e.put("method", c.endpoint().method());
      e.put("url", c.endpoint().url());
      if (c.spec() == null) {
        e.putNull("spec");
      } else {
        e.put("spec", c.spec().displayName());
      }
      ArrayNode list = e.putArray("differences");
      for (Difference d : c.differences()) {
        ObjectNode n = list.addObject();
        n.put("kind", d.kind().name().toLowerCase(Locale.ROOT));
        n.put("severity", d.severity().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        n.put("known", d.known());
        n.put("where", d.where());
        n.put("field", d.field());
        n.put("page", d.page());
        n.put("spec", d.spec());
        n.put("reason", d.reason());
        if (d.line() > 0) {
          n.put("line", d.line());
        }
        if (d.known()) {
          ObjectNode decision = n.putObject("decision");
          decision.put("topic", d.decision().topic());
          decision.put("field", d.decision().field());
          decision.put("page", d.decision().page());
          decision.put("chosen", d.decision().chosen());
          decision.put("reason", d.decision().reason());
        }
      }
    }
    root.put("summary", Labels.summary(comparisons));
    try {
      out.println(mapper.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }
}
