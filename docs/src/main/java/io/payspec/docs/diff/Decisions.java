package io.payspec.docs.diff;

import io.payspec.docs.spec.SpecDecision;
import io.payspec.docs.spec.SpecEndpoint;
import io.payspec.docs.spec.SpecField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches differences to the spec's recorded decisions ({@code @Decision}): a difference on a field is
 * explained by a decision of the matching topic recorded on that field, or on the endpoint naming that
 * field; an endpoint difference by an endpoint decision of the matching topic. A failing example is
 * explained by any decision about the field it fails on, or by an {@code EXAMPLE} decision. An
 * endpoint decision that names no field but quotes the field in what the page says (a translated
 * header name) explains a difference of its topic, or of topic {@code OTHER}, about that field.
 */
final class Decisions {
  private static final Map<Kind, Set<String>> TOPICS = Map.ofEntries(
      Map.entry(Kind.FIELD_ADDED, Set.of("FIELD_OMITTED")),
      Map.entry(Kind.FIELD_REMOVED, Set.of("FIELD_ADDED")),
      Map.entry(Kind.FIELD_RENAMED, Set.of("WIRE_NAME")),
      Map.entry(Kind.REQUIRED_CHANGED, Set.of("REQUIRED")),
      Map.entry(Kind.TYPE_CHANGED, Set.of("TYPE")),
      Map.entry(Kind.ENUM_VALUES_ADDED, Set.of("ENUM_VALUES")),
      Map.entry(Kind.ENUM_VALUES_REMOVED, Set.of("ENUM_VALUES")),
      Map.entry(Kind.BOUNDS_CHANGED, Set.of("BOUNDS")),
      Map.entry(Kind.TRANSPORT_CHANGED, Set.of("TRANSPORT", "WIRE_NAME")),
      Map.entry(Kind.EXAMPLE_DOES_NOT_DECODE, Set.of("EXAMPLE")),
      Map.entry(Kind.EXAMPLE_DOES_NOT_VALIDATE, Set.of("EXAMPLE")));

  private Decisions() {}

  static List<Difference> explain(List<Difference> differences, SpecEndpoint spec) {
    List<Difference> out = new ArrayList<>();
    for (Difference d : differences) {
      SpecDecision decision = find(d, spec);
      out.add(decision == null ? d : d.explainedBy(decision));
    }
    return out;
  }

  private static SpecDecision find(Difference d, SpecEndpoint spec) {
    Set<String> topics = TOPICS.get(d.kind());
    if (topics == null) {
      return null;
    }
    boolean example = d.kind() == Kind.EXAMPLE_DOES_NOT_DECODE || d.kind() == Kind.EXAMPLE_DOES_NOT_VALIDATE;
    List<SpecDecision> candidates = new ArrayList<>();
    for (SpecField f : d.where().equals("response") ? spec.responseFields() : spec.requestFields()) {
      if (!d.field().isEmpty() && (f.path().equals(d.field()) || f.path().equals(d.spec()))) {
        f.decisions().forEach(x -> candidates.add(x.field().isEmpty() ? withField(x, f.path()) : x));
      }
    }
    candidates.addAll(spec.decisions());
    for (SpecDecision c : candidates) {
      boolean fieldMatches = d.field().isEmpty() ? c.field().isEmpty() || example : concerns(c, d.field());
      if (!fieldMatches) {
        continue;
      }
      if (topics.contains(c.topic()) || (example && !d.field().isEmpty())) {
        return c;
      }
    }
    for (SpecDecision c : spec.decisions()) {
      if (c.field().isEmpty() && !d.field().isEmpty() && (topics.contains(c.topic()) || c.topic().equals("OTHER"))
          && quotes(c.page(), d.field())) {
        return c;
      }
    }
    return null;
  }

  /** Whether the text names the field as a whole word. */
  private static boolean quotes(String text, String field) {
    return java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}_])" + java.util.regex.Pattern.quote(field) + "(?![\\p{L}\\p{N}_])")
        .matcher(text).find();
  }

  private static SpecDecision withField(SpecDecision d, String field) {
    return new SpecDecision(d.topic(), field, d.page(), d.chosen(), d.reason());
  }

  /** Whether a decision names the field: its full path, or its last segment. */
  private static boolean concerns(SpecDecision d, String path) {
    if (d.field().isEmpty()) {
      return false;
    }
    if (d.field().equals(path)) {
      return true;
    }
    int dot = path.lastIndexOf('.');
    String last = dot < 0 ? path : path.substring(dot + 1);
    return d.field().equals(last) || path.endsWith("." + d.field());
  }
}
