package io.payspec.docs.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a description cell states besides prose: the values of an enum ({@code USD, RUB, EUR}, or
 * {@code `paid`, `partial`}) and bounds ({@code `30-1440`}, "max length is 255").
 */
final class DescriptionFacts {
  private DescriptionFacts() {}

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final Pattern CODE_LIST = Pattern.compile("\\b[A-Z][A-Z0-9_]+(?:\\s*,\\s*[A-Z][A-Z0-9_]+){2,}\\b");
  private static final Pattern RANGE = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*[-–]\\s*(\\d+(?:\\.\\d+)?)\\s*$");
  private static final Pattern WORD_RANGE = Pattern.compile(
      "(?:from|between|de|от)\\s+(\\d+(?:\\.\\d+)?)\\s+(?:to|and|a|até|до)\\s+(\\d+(?:\\.\\d+)?)");
  private static final Pattern MAX_LENGTH = Pattern.compile(
      "(?:max(?:imum)?\\s+length[^0-9]{0,30}?|up to\\s+|не более\\s+|до\\s+)(\\d+)\\s*(?:characters|chars|символ)");
  private static final Pattern MIN_SIZE = Pattern.compile("at least\\s+(\\d+|two|three)\\s+(?:\\w+\\s+){0,2}(?:codes|elements|items|values|currenc)");

  /**
   * The enum values a description lists: two or more identifier-like code spans, else a run of three
   * or more comma-separated upper-case codes.
   */
  static List<String> enumValues(Cell description) {
    Set<String> fromCodes = new LinkedHashSet<>();
    for (String code : description.codes()) {
      if (IDENTIFIER.matcher(code.strip()).matches()) {
        fromCodes.add(code.strip());
      }
    }
    if (fromCodes.size() >= 2) {
      return List.copyOf(fromCodes);
    }
    Matcher m = CODE_LIST.matcher(description.text());
    List<String> best = List.of();
    while (m.find()) {
      List<String> values = new ArrayList<>();
      for (String v : m.group().split(",")) {
        values.add(v.strip());
      }
      if (values.size() > best.size()) {
        best = values;
      }
    }
    return List.copyOf(new LinkedHashSet<>(best));
  }

  /** Bounds a description states: a range in a code span or in words, a maximum length, a minimum list size. */
  static Bounds bounds(Cell description) {
    BigDecimal min = null;
    BigDecimal max = null;
    for (String code : description.codes()) {
      Matcher m = RANGE.matcher(code);
      if (m.matches()) {
        min = new BigDecimal(m.group(1));
        max = new BigDecimal(m.group(2));
      }
    }
    String text = description.text().toLowerCase(Locale.ROOT);
    if (min == null) {
      Matcher m = WORD_RANGE.matcher(text);
      if (m.find()) {
        min = new BigDecimal(m.group(1));
        max = new BigDecimal(m.group(2));
      }
    }
    Integer maxLength = null;
    Matcher length = MAX_LENGTH.matcher(text);
    if (length.find()) {
      maxLength = Integer.valueOf(length.group(1));
    }
    Integer minSize = null;
    Matcher size = MIN_SIZE.matcher(text);
    if (size.find()) {
      minSize = switch (size.group(1)) {
        case "two" -> 2;
        case "three" -> 3;
        default -> Integer.valueOf(size.group(1));
      };
    }
    return new Bounds(min, false, max, false, maxLength, minSize, null);
  }
}
