package io.payspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TableTest {
  @Test
  void padsEveryColumnButTheLast() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      new Table().row("a", "long cell", "x").row("longer", null, "last").print(out, "> ");
    }
    String nl = System.lineSeparator();
    assertEquals("> a       long cell  x" + nl + "> longer             last" + nl, bytes.toString(StandardCharsets.UTF_8));
  }
}
