package io.payspec.docs.page;

/** The star GitBook puts after a field name. */
public enum RequiredMark {
  /** A red star: the field is required. */
  REQUIRED,
  /** A yellow star: one of the fields so marked must be set. */
  ONE_OF,
  /** No star: optional. */
  NONE;

  /**
   * The mark a {@code <mark style="color:...">} gives, in the page's language (red, vermelho, красный).
   *
   * @param style the style attribute or the whole opening tag
   */
  static RequiredMark ofStyle(String style) {
    String s = style.toLowerCase(java.util.Locale.ROOT);
    if (s.contains("red") || s.contains("vermelho") || s.contains("красн")) {
      return REQUIRED;
    }
    if (s.contains("yellow") || s.contains("orange") || s.contains("amarelo") || s.contains("жёлт") || s.contains("желт")) {
      return ONE_OF;
    }
    return NONE;
  }
}
