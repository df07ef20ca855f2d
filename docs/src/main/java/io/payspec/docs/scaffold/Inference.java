package io.payspec.docs.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import io.payspec.docs.page.PageField;
import io.payspec.docs.page.WireType;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Java types for page fields and example values, nested objects and enums declared on the way. */
final class Inference {
  private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}.*");

  private final Types types;
  private final boolean request;

  Inference(Types types, boolean request) {
    this.types = types;
    this.request = request;
  }

  /**
   * A field from a page row.
   *
   * @param row the row
   * @param children rows nested under it (for an object)
   * @param example its value in the page's example, or null
   * @param owner the type it belongs to
   */
  DraftField fromPage(PageField row, List<PageField> children, JsonNode example, DraftType owner) {
    WireType type = row.type();
    DraftField field;
    if (!row.enumValues().isEmpty()) {
      DraftType e = types.add(JavaNames.type(type.list() ? JavaNames.singular(row.name()) : row.name()), owner.name,
          DraftType.Role.ENUM, "Values of " + row.name() + ".");
      e.enumValues.addAll(row.enumValues());
      field = new DraftField(row.name(), type.list() ? "List<" + e.name + ">" : e.name);
    } else {
      String element = switch (type.kind()) {
        case STRING -> "String";
        case INTEGER -> "Integer";
        case DECIMAL, NUMBER -> "BigDecimal";
        case BOOLEAN -> "Boolean";
        case TIMESTAMP -> "String";
        case OBJECT -> null;
        default -> null;
      };
      JsonNode elementExample = example != null && type.list() && example.isArray() && !example.isEmpty() ? example.get(0) : example;
      if (type.kind() == WireType.Kind.OBJECT || (element == null && elementExample != null && elementExample.isObject())) {
        field = object(row.name(), type.list(), children, elementExample, owner, row.example());
      } else if (element == null) {
        String guessed = elementExample == null ? "String" : scalar(elementExample);
        field = new DraftField(row.name(), type.list() ? "List<" + guessed + ">" : guessed);
        field.todos.add("the page's type \"" + row.typeText() + "\" is not one payspec reads: " + guessed + " is a guess");
      } else {
        field = new DraftField(row.name(), type.list() ? "List<" + element + ">" : element);
        if (type.kind() == WireType.Kind.NUMBER) {
          field.todos.add("the page says \"number\": Integer if only whole numbers are meant");
        }
        if (type.kind() == WireType.Kind.TIMESTAMP || (example != null && example.isTextual() && TIMESTAMP.matcher(example.asText()).matches())) {
          field.todos.add("a timestamp: Instant or LocalDateTime with @Timestamp(pattern = ...) once its format is known");
        }
      }
    }
    field.description = row.description();
    if (request) {
      field.required = row.mark() == io.payspec.docs.page.RequiredMark.REQUIRED;
      bounds(row, field);
      outside(row, example, field);
    }
    if (example != null && example.isNull()) {
      field.nullable = !request;
    }
    if (row.description().isBlank()) {
      field.todos.add("the page gives no description");
    }
    return field;
  }

  private DraftField object(String name, boolean list, List<PageField> children, JsonNode example, DraftType owner,
      String exampleCell) {
    DraftType object = types.add(JavaNames.type(list ? JavaNames.singular(name) : name), owner.name,
        DraftType.Role.OBJECT, "The " + name + " object.");
    JsonNode shape = example;
    if ((shape == null || !shape.isObject()) && !exampleCell.isBlank()) {
      shape = Lenient.object(exampleCell);
    }
    if (!children.isEmpty()) {
      String prefix = children.get(0).path().substring(0, children.get(0).path().lastIndexOf('.') + 1);
      for (PageField child : children) {
        String rest = child.path().substring(prefix.length());
        if (rest.contains(".")) {
          continue;
        }
        List<PageField> grand = children.stream().filter(c -> c.path().startsWith(child.path() + ".")).toList();
        object.fields.add(fromPage(child, grand, shape == null ? null : shape.get(child.name()), object));
      }
      addExampleOnly(object, shape, true);
    } else if (shape != null && shape.isObject()) {
      addExampleOnly(object, shape, false);
      object.todos.add("fields read off the page's example, not from a table: check names, types and descriptions");
    } else {
      object.todos.add("the page describes neither the fields nor an example of this object: declare its fields");
      object.fields.add(placeholder());
    }
    return new DraftField(name, list ? "List<" + object.name + ">" : object.name);
  }

  private static DraftField placeholder() {
    DraftField f = new DraftField("todo", "String");
    f.todos.add("a placeholder so that the object compiles: replace it with the object's fields");
    return f;
  }

  /** Adds the keys of an example object the type does not declare yet, as fields inferred from their values. */
  void addExampleOnly(DraftType type, JsonNode example, boolean markEach) {
    if (example == null || !example.isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = example.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (type.field(e.getKey()) == null) {
        DraftField f = fromExample(e.getKey(), e.getValue(), type);
        if (markEach) {
          f.todos.add(0, "in the page's example but not in its table: check that it belongs here");
        }
        type.fields.add(f);
      }
    }
  }

  /** A field inferred from an example value alone. */
  DraftField fromExample(String name, JsonNode value, DraftType owner) {
    if (value.isObject()) {
      return object(name, false, List.of(), value, owner, "");
    }
    if (value.isArray()) {
      if (!value.isEmpty() && value.get(0).isObject()) {
        return object(name, true, List.of(), value.get(0), owner, "");
      }
      DraftField f = new DraftField(name, "List<" + (value.isEmpty() ? "String" : scalar(value.get(0))) + ">");
      if (value.isEmpty()) {
        f.todos.add("an empty list in the example: the element type is a guess");
      }
      return f;
    }
    DraftField f = new DraftField(name, scalar(value));
    if (value.isNull()) {
      f.nullable = !request;
      f.todos.add("only null in the example: the type is a guess");
    } else if (value.isTextual() && TIMESTAMP.matcher(value.asText()).matches()) {
      f.todos.add("a timestamp: Instant or LocalDateTime with @Timestamp(pattern = ...) once its format is known");
    }
    return f;
  }

  private static String scalar(JsonNode value) {
    if (value.isBoolean()) {
      return "Boolean";
    }
    if (value.isIntegralNumber()) {
      return value.canConvertToInt() ? "Integer" : "Long";
    }
    if (value.isNumber()) {
      return "BigDecimal";
    }
    return "String";
  }

  /** A TODO when the page's own example breaks the bounds its table states. */
  private static void outside(PageField row, JsonNode example, DraftField field) {
    var b = row.bounds();
    if (example == null || !example.isNumber()) {
      return;
    }
    java.math.BigDecimal value = example.decimalValue();
    if ((b.min() != null && value.compareTo(b.min()) < 0) || (b.max() != null && value.compareTo(b.max()) > 0)) {
      field.todos.add("the page's example sends " + example.asText() + ", outside the table's " + b
          + ": choose the bounds and record a @Decision(topic = BOUNDS)");
    }
  }

  private static void bounds(PageField row, DraftField field) {
    var b = row.bounds();
    if (b.min() != null || b.max() != null) {
      StringBuilder range = new StringBuilder("@Range(");
      if (b.min() != null) {
        range.append("min = \"").append(b.min().toPlainString()).append('"');
      }
      if (b.max() != null) {
        range.append(b.min() != null ? ", " : "").append("max = \"").append(b.max().toPlainString()).append('"');
      }
      field.constraints.add(range.append(')').toString());
    }
    if (b.maxLength() != null) {
      field.constraints.add("@MaxLength(" + b.maxLength() + ")");
    }
    if (b.minSize() != null && field.javaType.startsWith("List<")) {
      field.constraints.add("@Size(min = " + b.minSize() + ")");
    }
  }
}
