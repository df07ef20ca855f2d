package io.payspec.docs.page;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/** Reads the HTML {@code <table>}s GitBook writes (CrystalPay's pages, CryptoCloud's nested tables). */
final class HtmlTables {
  private HtmlTables() {}

  /**
   * The tables of an HTML block.
   *
   * @param html the block's source
   * @param firstLine the block's first line in the page
   */
  static List<Table> read(String html, int firstLine) {
    Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    List<Table> tables = new ArrayList<>();
    for (Element table : doc.select("table")) {
      List<Column> columns = new ArrayList<>();
      Elements headers = table.select("thead th");
      if (headers.isEmpty()) {
        Element first = table.selectFirst("tr");
        headers = first == null ? new Elements() : first.select("th, td");
      }
      headers.forEach(h -> columns.add(Column.of(h.text())));
      List<Row> rows = new ArrayList<>();
      List<PageNote> notes = new ArrayList<>();
      for (Element tr : table.select("tbody tr")) {
        Elements tds = tr.select("> td");
        int line = firstLine + Math.max(0, tr.sourceRange().start().lineNumber() - 1);
        if (tds.size() != columns.size()) {
          notes.add(new PageNote(line, "table row has " + tds.size() + " cell(s), its header has " + columns.size()
              + ": the row is read as far as it goes"));
        }
        Map<Column, Cell> byRole = new EnumMap<>(Column.class);
        for (int i = 0; i < tds.size() && i < columns.size(); i++) {
          byRole.putIfAbsent(columns.get(i), cell(tds.get(i)));
        }
        rows.add(new Row(byRole, line));
      }
      tables.add(new Table(columns, rows, notes));
    }
    return tables;
  }

  private static Cell cell(Element td) {
    Element copy = td.clone();
    RequiredMark mark = RequiredMark.NONE;
    for (Element m : copy.select("mark")) {
      if (m.text().strip().equals("*") || m.text().strip().equals("\\*")) {
        RequiredMark found = RequiredMark.ofStyle(m.attr("style"));
        if (found != RequiredMark.NONE) {
          mark = found;
        }
        m.remove();
      }
    }
    copy.select("br, p").forEach(e -> e.before(" "));
    List<String> codes = copy.select("code").eachText();
    return new Cell(copy.text(), codes, mark);
  }
}
