package io.payspec.processor.model;

/**
 * The type of a field.
 *
 * @param kind what the value is
 * @param list whether the field is a JSON array of such values
 * @param map whether the field is a JSON object keyed by names whose values are such values
 * @param refName simple name of the generated enum or object for ENUM and OBJECT, else null
 * @param timestampPattern pattern of a non-ISO timestamp, else null
 * @param timestampZone zone of a zone-less timestamp read into an Instant, else null
 */
public record TypeModel(Kind kind, boolean list, boolean map, String refName, String timestampPattern, String timestampZone) {
  /** The supported kinds of values. */
  public enum Kind {
    STRING,
    BOOLEAN,
    INTEGER,
    LONG,
    DECIMAL,
    INSTANT,
    LOCAL_DATE_TIME,
    LOCAL_DATE,
    CURRENCY_AMOUNT,
    ENUM,
    OBJECT;

    public boolean isNumber() {
      return this == INTEGER || this == LONG || this == DECIMAL;
    }

    public boolean isTimestamp() {
      return this == INSTANT || this == LOCAL_DATE_TIME || this == LOCAL_DATE;
    }
  }

  public static TypeModel of(Kind kind) {
    return new TypeModel(kind, false, false, null, null, null);
  }

  public static TypeModel ref(Kind kind, String refName) {
    return new TypeModel(kind, false, false, refName, null, null);
  }

  public TypeModel asMap() {
    return new TypeModel(kind, false, true, refName, timestampPattern, timestampZone);
  }

  /** A list or a map: a container of values of the kind. */
  public boolean container() {
    return list || map;
  }

  public TypeModel asList() {
    return new TypeModel(kind, true, false, refName, timestampPattern, timestampZone);
  }

  public TypeModel withTimestamp(String pattern, String zone) {
    return new TypeModel(kind, list, map, refName, pattern, zone);
  }
}
