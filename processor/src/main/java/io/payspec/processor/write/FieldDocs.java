package io.payspec.processor.write;

import com.palantir.javapoet.CodeBlock;
import io.payspec.annotations.ParamIn;
import io.payspec.processor.model.DecisionModel;
import io.payspec.processor.model.FieldModel;
import io.payspec.processor.model.FieldModel.Constraints;
import java.util.ArrayList;
import java.util.List;

/** Javadoc of a field: the provider's description, its wire name and its documented rules. */
final class FieldDocs {
  private FieldDocs() {}

  static CodeBlock of(FieldModel field) {
    List<String> facts = new ArrayList<>();
    facts.add("Wire name {@code " + Docs.escape(field.wireName()) + "}");
    if (field.required()) {
      facts.add("required");
    }
    if (field.defaultValue() != null) {
      facts.add("provider default {@code " + Docs.escape(field.defaultValue()) + "}");
    }
    Constraints c = field.constraints();
    if (c.min() != null) {
      facts.add((c.minExclusive() ? "greater than " : "at least ") + c.min().toPlainString());
    }
    if (c.max() != null) {
      facts.add("at most " + c.max().toPlainString());
    }
    if (c.maxLength() != null) {
      facts.add("at most " + count(c.maxLength(), "character"));
    }
    if (c.minSize() != null && c.minSize() > 0) {
      facts.add("at least " + count(c.minSize(), "element"));
    }
    if (c.maxSize() != null) {
      facts.add("at most " + count(c.maxSize(), "element"));
    }
    if (c.email()) {
      facts.add("an e-mail address");
    }
    if (c.url()) {
      facts.add("an http(s) URL");
    }
    if (c.requiresField() != null) {
      facts.add("only together with {@code " + Docs.escape(c.requiresField()) + "}");
    }
    if (field.nullable()) {
      facts.add("the provider may send {@code null}");
    }
    if (field.in() == ParamIn.QUERY || field.in() == ParamIn.PATH) {
      facts.add("sent in the " + (field.in() == ParamIn.QUERY ? "query string" : "path"));
    }
    if (field.sensitive()) {
      facts.add("personal data, masked in {@code toString()} and messages");
    }
    if (field.signature() != null) {
      facts.add("computed by the client: the lower-case hex " + Docs.escape(field.signature().algorithm()) + " of {@code "
          + Docs.escape(field.signature().template()) + "}");
    }
    return CodeBlock.builder()
        .add("$L\n\n<p>$L.\n", Docs.sentence(field.description(), "The " + field.wireName() + " field"),
            String.join("; ", facts))
        .add(decisions(field.decisions()))
        .build();
  }

  /** The count with its noun: "1 element", "2 elements". */
  private static String count(int count, String noun) {
    return count + " " + (count == 1 ? noun : noun + "s");
  }

  /** "Departs from the page: ..." paragraphs, one per decision. */
  static CodeBlock decisions(List<DecisionModel> decisions) {
    CodeBlock.Builder out = CodeBlock.builder();
    for (DecisionModel decision : decisions) {
      out.add("\n<p>Departs from the page$L: <em>page:</em> $L; <em>chosen:</em> $L; <em>because</em> $L\n",
          decision.field().isEmpty() ? "" : " about {@code " + Docs.escape(decision.field()) + "}",
          Docs.escape(decision.page()), Docs.escape(decision.chosen()), Docs.sentence(decision.reason(), ""));
    }
    return out.build();
  }
}
