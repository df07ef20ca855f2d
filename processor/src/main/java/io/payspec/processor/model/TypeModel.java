package io.payspec.processor.model;

/**
 * The type of a field.
 *
 * @param kind what the value is
 * @param list whether the field is a JSON array of such values
 * @param refName simple name of the generated enum or object for ENUM and OBJECT, else null
 * @param timestampPattern pattern of a non-ISO timestamp, else null
 * @param timestampZone zone of a zone-less timestamp read into an Instant, else null
 */
public record TypeModel(Kind kind, boolean list, String refName, String timestampPattern, String timestampZone) {
  /** The supported kinds of values. */
  public enum Kind {
    STRING,
    BOOLEAN,
    INTEGER,
    LONG,
    DECIMAL,
    INSTANT,
    LOCAL_DATE_TIME,
    CURRENCY_AMOUNT,
    ENUM,
    OBJECT;

    public boolean isNumber() {
      return this == INTEGER || this == LONG || this == DECIMAL;
    }

    public boolean isTimestamp() {
      return this == INSTANT || this == LOCAL_DATE_TIME;
    }
  }

  public static TypeModel of(Kind kind) {
    return new TypeModel(kind, false, null, null, null);
  }

  public TypeModel asList() {
    return new TypeModel(kind, true, refName, timestampPattern, timestampZone);
  }

  public TypeModel withTimestamp(String pattern, String zone) {
    return new TypeModel(kind, list, refName, pattern, zone);
  }
}
