package io.payspec.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.runtime.meta.Operation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The README's "Supported endpoints" table lists exactly the installed operations, each with its method
 * and documented URL, so a new descriptor cannot be forgotten there.
 */
class ReadmeEndpointsTest {
  private static final String HEADING = "## Supported endpoints";

  @Test
  void tableListsExactlyTheInstalledOperations() throws IOException {
    List<String[]> rows = rows(Files.readString(Path.of("..", "README.md")));

    TreeSet<String> listed = new TreeSet<>();
    for (String[] row : rows) {
      listed.add(row[0] + " " + row[1] + " " + row[2]);
    }
    TreeSet<String> installed = new TreeSet<>();
    for (Operation<?, ?> operation : Installed.operations()) {
      installed.add(operation.provider().name() + " " + operation.version() + " " + operation.name());
    }
    assertEquals(installed, listed, "README rows (provider version operation) against the installed operations");
    assertEquals(installed.size(), rows.size(), "one row per operation");
  }

  @Test
  void everyRowShowsTheOperationsMethodAndUrl() throws IOException {
    List<String[]> rows = rows(Files.readString(Path.of("..", "README.md")));
    for (Operation<?, ?> operation : Installed.operations()) {
      for (String[] row : rows) {
        if (row[0].equals(operation.provider().name()) && row[1].equals(operation.version())
            && row[2].equals(operation.name())) {
          String expected = "`" + operation.method().name() + " " + operation.provider().baseUrl() + operation.path();
          assertTrue(row[3].startsWith(expected), Installed.name(operation) + ": expected " + expected + " in " + row[3]);
        }
      }
    }
  }

  /** The cells of the table's body rows. */
  private static List<String[]> rows(String readme) {
    int start = readme.indexOf(HEADING);
    assertTrue(start >= 0, "README has no '" + HEADING + "'");
    List<String[]> rows = new ArrayList<>();
    boolean inTable = false;
    for (String line : readme.substring(start + HEADING.length()).lines().toList()) {
      if (line.startsWith("|")) {
        inTable = true;
        String[] cells = line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0)).split("\\|", -1);
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].strip();
        }
        if (!cells[0].equals("provider") && !cells[0].startsWith("---")) {
          rows.add(cells);
        }
      } else if (inTable) {
        break;
      }
    }
    return rows;
  }
}
