package io.payspec.docs.page;

import java.nio.file.Path;

/** A page that cannot be read: its message names the file and the line, {@code page.md:12: ...}. */
public final class PageFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;

  /**
   * @param file the page
   * @param line the line (1-based)
   * @param message what is wrong
   */
  public PageFormatException(Path file, int line, String message) {
    super(file.getFileName() + ":" + line + ": " + message);
    this.file = file;
    this.line = line;
  }

  /** The page. */
  public Path file() {
    return file;
  }

  /** The line (1-based). */
  public int line() {
    return line;
  }
}
