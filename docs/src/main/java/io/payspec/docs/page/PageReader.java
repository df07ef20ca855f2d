package io.payspec.docs.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a GitBook page exported as markdown: the endpoint line(s) ({@code `POST` `https://...`}),
 * the header, body and response field tables (pipe tables and HTML tables), and the examples in
 * {@code {% tabs %}}. Thread-safe; one instance can read many pages.
 */
public final class PageReader {
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
  private static final Pattern STATUS = Pattern.compile("^(\\d{3})\\b");
  private static final Pattern OBJECT_NAME = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern WIRE_NAME = Pattern.compile("[\\p{L}_$][\\p{L}0-9_\\-.\\[\\]]*");

  private final Parser parser = Parser.builder()
      .extensions(List.of(TablesExtension.create()))
      .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
      .build();

  /**
   * Reads a page.
   *
   * @param file the page
   * @return what it describes
   * @throws PageFormatException if the file cannot be read or its structure is broken (an unclosed
   *     tab, an unclosed code block); the message names the file and the line
   */
  public Page read(Path file) throws PageFormatException {
    String source;
    try {
      source = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new PageFormatException(file, 1, "no such file");
    } catch (CharacterCodingException e) {
      throw new PageFormatException(file, 1, "not UTF-8 text");
    } catch (IOException e) {
      throw new PageFormatException(file, 1, "cannot be read: " + e.getMessage());
    }
    return read(file, source);
  }

  /**
   * Reads a page from its text.
   *
   * @param file the name messages give it
   * @param source its markdown
   * @return what it describes
   * @throws PageFormatException if its structure is broken
   */
  public Page read(Path file, String source) throws PageFormatException {
    List<String> lines = source.lines().toList();
    Node document = parser.parse(source);
    BitSet code = new BitSet();
    for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof FencedCodeBlock fenced) {
        if (fenced.getClosingFenceLength() == null) {
          throw new PageFormatException(file, Lines.of(fenced), "code block opened with "
              + String.valueOf(fenced.getFenceCharacter()).repeat(fenced.getOpeningFenceLength())
              + " is never closed");
        }
        code.set(Lines.of(fenced) - 1, Lines.lastOf(fenced));
      }
    }
    Walk walk = new Walk(file, lines, Tabs.find(file, lines, code));
    for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
      walk.visit(n);
    }
    return walk.page();
  }

  /** The state of one reading. */
  private static final class Walk {
    final Path file;
    final List<String> lines;
    final Tabs tabs;
    final List<PageEndpoint> endpoints = new ArrayList<>();
    final List<PageNote> notes = new ArrayList<>();
    String title;
    Section section = Section.NONE;
    String objectPrefix;
    String method;
    String url;
    int endpointLine;
    List<PageField> headers = new ArrayList<>();
    List<PageField> request = new ArrayList<>();
    List<PageField> response = new ArrayList<>();
    List<PageExample> examples = new ArrayList<>();

    Walk(Path file, List<String> lines, Tabs tabs) {
      this.file = file;
      this.lines = lines;
      this.tabs = tabs;
    }

    void visit(Node node) {
      if (node instanceof Heading heading) {
        String text = MarkdownCells.of(heading).text();
        if (title == null) {
          title = text;
        }
        for (Node n = heading.getFirstChild(); n != null; n = n.getNext()) {
          String[] line = n instanceof Code code ? singleSpan(code.getLiteral()) : null;
          if (line != null) {
            startEndpoint(line[0], line[1], Lines.of(heading));
            return;
          }
        }
        sectionNamed(text);
      } else if (node instanceof Paragraph paragraph) {
        paragraph(paragraph);
      } else if (node instanceof TableBlock table) {
        table(MarkdownTables.read(table, lines));
      } else if (node instanceof HtmlBlock html && html.getLiteral().contains("<table")) {
        HtmlTables.read(html.getLiteral(), Lines.of(html)).forEach(this::table);
      } else if (node instanceof FencedCodeBlock fenced) {
        code(fenced.getInfo() == null ? "" : fenced.getInfo().strip(), fenced.getLiteral(), Lines.of(fenced));
      } else if (node instanceof IndentedCodeBlock indented) {
        code("", indented.getLiteral(), Lines.of(indented));
      }
    }

    void sectionNamed(String text) {
      Section named = Section.named(text);
      if (named != null) {
        section = named;
        objectPrefix = null;
      }
    }

    void paragraph(Paragraph paragraph) {
      List<Node> inlines = new ArrayList<>();
      for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
        if (n instanceof HtmlInline || (n instanceof Text t && t.getLiteral().isBlank())) {
          continue;
        }
        inlines.add(n);
      }
      List<Node> afterLabel = !inlines.isEmpty() && inlines.get(0) instanceof StrongEmphasis
          && MarkdownCells.of(inlines.get(0)).text().strip().endsWith(":") ? inlines.subList(1, inlines.size()) : inlines;
      String[] line = endpointLine(afterLabel);
      if (line != null) {
        startEndpoint(line[0], line[1], Lines.of(paragraph));
        return;
      }
      if (!inlines.isEmpty() && inlines.get(0) instanceof StrongEmphasis strong) {
        String text = MarkdownCells.of(strong).text().replace("\\", "");
        Section named = Section.named(text);
        if (named != null) {
          section = named;
          objectPrefix = null;
        } else if (OBJECT_NAME.matcher(text).matches()
            && (section == Section.BODY || section == Section.QUERY || section == Section.NONE)) {
          objectPrefix = text;
        }
      }
    }

    /**
     * The method and URL an endpoint line starts with: {@code `POST` `https://...`} (two code spans,
     * as GitBook writes it) or {@code `POST https://...`} (one).
     */
    static String[] endpointLine(List<Node> inlines) {
      if (inlines.size() >= 2 && inlines.get(0) instanceof Code m && inlines.get(1) instanceof Code u
          && METHODS.contains(m.getLiteral().strip().toUpperCase(java.util.Locale.ROOT)) && isUrl(u.getLiteral().strip())) {
        return new String[] {m.getLiteral().strip(), u.getLiteral().strip()};
      }
      if (!inlines.isEmpty() && inlines.get(0) instanceof Code single) {
        return singleSpan(single.getLiteral());
      }
      return null;
    }

    static String[] singleSpan(String literal) {
      String[] parts = literal.strip().split("\\s+");
      if (parts.length == 2 && METHODS.contains(parts[0].toUpperCase(java.util.Locale.ROOT)) && isUrl(parts[1])) {
        return new String[] {parts[0], parts[1]};
      }
      return null;
    }

    static boolean isUrl(String text) {
      return text.startsWith("http://") || text.startsWith("https://") || text.startsWith("/");
    }

    void startEndpoint(String m, String u, int line) {
      if (method != null && method.equalsIgnoreCase(m) && url.equals(u)) {
        section = Section.NONE;
        objectPrefix = null;
        return;
      }
      if (method != null) {
        finishEndpoint();
      }
      method = m;
      url = u;
      endpointLine = line;
      section = Section.NONE;
      objectPrefix = null;
    }

    void finishEndpoint() {
      endpoints.add(new PageEndpoint(method, url, endpointLine, headers, request, response, examples));
      headers = new ArrayList<>();
      request = new ArrayList<>();
      response = new ArrayList<>();
      examples = new ArrayList<>();
    }

    void table(Table table) {
      notes.addAll(table.notes());
      if (!table.isFieldTable()) {
        return;
      }
      Section target = section;
      if (target == Section.NONE) {
        target = table.columns().contains(Column.TYPE) ? Section.BODY : Section.OTHER;
      }
      List<PageField> into = switch (target) {
        case HEADERS -> headers;
        case BODY, QUERY, PATH -> request;
        case RESPONSE -> response;
        default -> null;
      };
      if (into == null) {
        return;
      }
      for (Row row : table.rows()) {
        String name = row.cell(Column.NAME).fieldName();
        if (name.isEmpty()) {
          notes.add(new PageNote(row.line(), "table row without a field name: skipped"));
          continue;
        }
        if (!WIRE_NAME.matcher(name).matches()) {
          notes.add(new PageNote(row.line(), "'" + name + "' is not a field name: row skipped"));
          continue;
        }
        boolean nested = objectPrefix != null && !name.equals(objectPrefix) && target != Section.HEADERS
            && target != Section.RESPONSE;
        Cell description = row.cells().containsKey(Column.DESCRIPTION) ? row.cell(Column.DESCRIPTION) : row.cell(Column.VALUE);
        Cell example = row.cells().containsKey(Column.EXAMPLE) ? row.cell(Column.EXAMPLE) : row.cell(Column.VALUE);
        String typeText = row.cell(Column.TYPE).text();
        into.add(new PageField(
            nested ? objectPrefix + "." + name : name,
            typeText,
            WireType.parse(typeText),
            row.cell(Column.NAME).mark(),
            description.text(),
            DescriptionFacts.enumValues(description),
            DescriptionFacts.bounds(description),
            example.text(),
            target,
            row.line()));
      }
    }

    void code(String info, String literal, int line) {
      if (literal.isBlank()) {
        return;
      }
      Tabs.Tab tab = tabs.at(line);
      String tabTitle = tab == null ? "" : tab.title();
      Matcher status = STATUS.matcher(tabTitle);
      String trimmed = literal.strip();
      boolean looksJson = info.equalsIgnoreCase("json") || trimmed.startsWith("{") || trimmed.startsWith("[");
      if (status.find() || (section == Section.RESPONSE && looksJson)) {
        int code = status.find(0) ? Integer.parseInt(status.group(1)) : 200;
        response(code, tabTitle, literal, line);
      } else if (section == Section.REQUEST_EXAMPLES || tab != null || isLanguage(info)) {
        JsonNode body = looksJson ? strict(trimmed) : CodeSamples.requestBody(literal);
        String callUrl = CodeSamples.url(literal);
        if (body != null || !callUrl.isEmpty()) {
          examples.add(new PageExample(true, 0, tabTitle, literal, body, callUrl, "", line));
        }
      }
    }

    void response(int status, String tabTitle, String literal, int line) {
      try {
        JsonNode json = CodeSamples.STRICT.readTree(literal);
        examples.add(new PageExample(false, status, tabTitle, literal, json, "", "", line));
      } catch (IOException e) {
        String at = "";
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
            && j.getLocation().getLineNr() > 0) {
          at = " at line " + (line + j.getLocation().getLineNr());
        }
        String problem = "is cut or not JSON" + at + " (" + firstLine(e instanceof com.fasterxml.jackson.core.JsonProcessingException j
            ? j.getOriginalMessage() : e.getMessage()) + ")";
        notes.add(new PageNote(line, "response example " + status + " " + problem));
        examples.add(new PageExample(false, status, tabTitle, literal, null, "", problem, line));
      }
    }

    private static JsonNode strict(String text) {
      try {
        return CodeSamples.STRICT.readTree(text);
      } catch (IOException e) {
        return null;
      }
    }

    private static boolean isLanguage(String info) {
      return Set.of("bash", "sh", "shell", "curl", "python", "py", "javascript", "js", "php", "http")
          .contains(info.toLowerCase(java.util.Locale.ROOT));
    }

    private static String firstLine(String message) {
      if (message == null) {
        return "unreadable";
      }
      int nl = message.indexOf('\n');
      String first = nl < 0 ? message : message.substring(0, nl);
      int detail = first.indexOf(" (");
      int colon = first.indexOf(": expected");
      int cut = detail < 0 ? colon : colon < 0 ? detail : Math.min(detail, colon);
      return (cut < 0 ? first : first.substring(0, cut)).strip();
    }

    Page page() {
      if (method != null) {
        finishEndpoint();
      }
      return new Page(file, title == null ? "" : title, endpoints, notes);
    }
  }
}
