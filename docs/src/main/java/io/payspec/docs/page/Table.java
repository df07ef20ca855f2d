package io.payspec.docs.page;

import java.util.List;

/**
 * A field table: the roles of its columns and its rows, plus notes on rows that were malformed.
 *
 * @param columns the column roles, in order
 * @param rows the body rows
 * @param notes malformed rows
 */
record Table(List<Column> columns, List<Row> rows, List<PageNote> notes) {
  Table {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
  }

  /** Whether it lists fields (it has a name column and a type, description or value column). */
  boolean isFieldTable() {
    return columns.contains(Column.NAME)
        && (columns.contains(Column.TYPE) || columns.contains(Column.DESCRIPTION) || columns.contains(Column.VALUE));
  }
}
