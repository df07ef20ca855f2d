package io.payspec.docs.page;

import java.util.Locale;

/** What a column of a field table holds, told by its header in English, Portuguese or Russian. */
enum Column {
  NAME,
  TYPE,
  DESCRIPTION,
  EXAMPLE,
  VALUE,
  OTHER;

  static Column of(String header) {
    String h = header.toLowerCase(Locale.ROOT).strip();
    if (h.startsWith("name") || h.startsWith("nome") || h.startsWith("назв") || h.startsWith("имя")
        || h.startsWith("параметр") || h.startsWith("field") || h.startsWith("поле") || h.equals("key")) {
      return NAME;
    }
    if (h.startsWith("type") || h.startsWith("tipo") || h.startsWith("тип")) {
      return TYPE;
    }
    if (h.startsWith("descr") || h.startsWith("описан")) {
      return DESCRIPTION;
    }
    if (h.startsWith("example") || h.startsWith("exemplo") || h.startsWith("пример")) {
      return EXAMPLE;
    }
    if (h.startsWith("value") || h.startsWith("valor") || h.startsWith("значен")) {
      return VALUE;
    }
    return OTHER;
  }
}
