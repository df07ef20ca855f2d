package io.payspec.docs.page;

import java.util.Locale;

/**
 * A field's type as the comparison sees it: a kind, and whether it is a list of that kind.
 *
 * @param kind the kind (of the elements, for a list)
 * @param list whether it is a JSON array
 */
public record WireType(Kind kind, boolean list) {
  /** Kinds of values. {@link #NUMBER} is a page's "number", which may be an integer or a decimal. */
  public enum Kind {
    STRING,
    INTEGER,
    DECIMAL,
    NUMBER,
    BOOLEAN,
    TIMESTAMP,
    CURRENCY_AMOUNT,
    ENUM,
    OBJECT,
    UNKNOWN
  }

  /** A type the page did not state or payspec cannot read. */
  public static final WireType UNKNOWN = new WireType(Kind.UNKNOWN, false);

  /**
   * Reads a page's type cell: {@code string}, {@code float}, {@code decimal}, {@code number},
   * {@code int}, {@code bool}, {@code dict}, {@code array}, {@code list[ string ]}, {@code String}.
   *
   * @param text the cell's text
   */
  public static WireType parse(String text) {
    String t = text.toLowerCase(Locale.ROOT).replace(" ", "").strip();
    if (t.isEmpty()) {
      return UNKNOWN;
    }
    if (t.startsWith("list[") || t.startsWith("array[") || t.startsWith("array<") || t.startsWith("list<")) {
      String inner = t.substring(t.indexOf(t.contains("[") ? '[' : '<') + 1).replaceAll("[\\]>]+$", "");
      return new WireType(parse(inner).kind(), true);
    }
    if (t.endsWith("[]")) {
      return new WireType(parse(t.substring(0, t.length() - 2)).kind(), true);
    }
    if (t.equals("array") || t.equals("list")) {
      return new WireType(Kind.UNKNOWN, true);
    }
    return new WireType(scalar(t), false);
  }

  private static Kind scalar(String t) {
    return switch (t) {
      case "string", "str", "text", "строка", "uuid" -> Kind.STRING;
      case "int", "integer", "long", "int32", "int64", "целое" -> Kind.INTEGER;
      case "float", "decimal", "double", "число(дробное)" -> Kind.DECIMAL;
      case "number", "numeric", "число" -> Kind.NUMBER;
      case "bool", "boolean" -> Kind.BOOLEAN;
      case "datetime", "date", "timestamp", "date-time" -> Kind.TIMESTAMP;
      case "dict", "object", "json", "map", "объект" -> Kind.OBJECT;
      default -> Kind.UNKNOWN;
    };
  }

  /**
   * Whether a value of the page's type is carried by a field of the spec's type. A page's "string"
   * also carries the spec's enums, timestamps and {@code "200 USD"} amounts; "number" carries integers
   * and decimals; an unknown page type carries anything.
   *
   * @param page the page's type
   * @param spec the descriptor's type
   */
  public static boolean carries(WireType page, WireType spec) {
    if (page.kind == Kind.UNKNOWN && !page.list) {
      return true;
    }
    if (page.list != spec.list) {
      return false;
    }
    if (page.kind == Kind.UNKNOWN || spec.kind == Kind.UNKNOWN) {
      return true;
    }
    return switch (page.kind) {
      case STRING -> spec.kind == Kind.STRING || spec.kind == Kind.ENUM || spec.kind == Kind.TIMESTAMP
          || spec.kind == Kind.CURRENCY_AMOUNT;
      case NUMBER -> spec.kind == Kind.INTEGER || spec.kind == Kind.DECIMAL;
      case TIMESTAMP -> spec.kind == Kind.TIMESTAMP || spec.kind == Kind.STRING;
      default -> page.kind == spec.kind;
    };
  }

  @Override
  public String toString() {
    String k = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return list ? "list of " + k : k;
  }
}
