package io.payspec.docs.page;

import java.util.Map;

/**
 * One body row of a table, its cells keyed by column role.
 *
 * @param cells cells by role
 * @param line its line (1-based)
 */
record Row(Map<Column, Cell> cells, int line) {
  Cell cell(Column column) {
    return cells.getOrDefault(column, Cell.EMPTY);
  }
}
