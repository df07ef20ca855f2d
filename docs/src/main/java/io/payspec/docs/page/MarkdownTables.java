package io.payspec.docs.page;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;

/** Reads a GFM pipe table. GFM pads or drops cells silently, so rows are also counted on the source line. */
final class MarkdownTables {
  private MarkdownTables() {}

  static Table read(TableBlock block, List<String> lines) {
    List<Column> columns = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    List<PageNote> notes = new ArrayList<>();
    for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        if (!(row instanceof TableRow tableRow)) {
          continue;
        }
        List<Cell> cells = new ArrayList<>();
        for (Node cell = tableRow.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell instanceof TableCell) {
            cells.add(MarkdownCells.of(cell));
          }
        }
        int line = Lines.of(tableRow);
        if (section instanceof TableHead) {
          cells.forEach(c -> columns.add(Column.of(c.text())));
        } else if (section instanceof TableBody) {
          int written = countCells(line > 0 && line <= lines.size() ? lines.get(line - 1) : "");
          if (written != columns.size()) {
            notes.add(new PageNote(line, "table row has " + written + " cell(s), its header has " + columns.size()
                + ": the row is read as far as it goes"));
          }
          Map<Column, Cell> byRole = new EnumMap<>(Column.class);
          for (int i = 0; i < cells.size() && i < columns.size() && i < written; i++) {
            byRole.putIfAbsent(columns.get(i), cells.get(i));
          }
          rows.add(new Row(byRole, line));
        }
      }
    }
    return new Table(columns, rows, notes);
  }

  /** Cells written on a source line: pipes outside code spans and not escaped, minus the outer ones. */
  static int countCells(String line) {
    String s = line.strip();
    if (s.isEmpty()) {
      return 0;
    }
    int pipes = 0;
    boolean inCode = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '`') {
        inCode = !inCode;
      } else if (c == '|' && !inCode) {
        pipes++;
      }
    }
    int cells = pipes + 1;
    if (s.startsWith("|")) {
      cells--;
    }
    if (s.endsWith("|") && !s.endsWith("\\|") && s.length() > 1) {
      cells--;
    }
    return cells;
  }
}
