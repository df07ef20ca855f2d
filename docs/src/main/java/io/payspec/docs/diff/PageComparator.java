package io.payspec.docs.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.payspec.docs.page.Bounds;
import io.payspec.docs.page.PageEndpoint;
import io.payspec.docs.page.PageExample;
import io.payspec.docs.page.PageField;
import io.payspec.docs.page.PageNote;
import io.payspec.docs.page.RequiredMark;
import io.payspec.docs.page.Section;
import io.payspec.docs.page.WireType;
import io.payspec.docs.spec.ExampleCheck.ExampleProblem;
import io.payspec.docs.spec.SpecEndpoint;
import io.payspec.docs.spec.SpecField;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares one endpoint of a page with its endpoint in the spec and classifies every difference.
 * The page is taken as the newer description: "added" means the page has it and the spec does not.
 */
public final class PageComparator {
  private static final Set<String> PLAIN_HEADERS = Set.of("content-type", "accept", "user-agent", "content-length");

  private PageComparator() {}

  /**
   * @param file the page
   * @param page the endpoint as the page describes it
   * @param notes problems found on the page near this endpoint
   * @param spec the spec's endpoint, or null
   */
  public static Comparison compare(Path file, PageEndpoint page, List<PageNote> notes, SpecEndpoint spec) {
    List<Difference> out = new ArrayList<>();
    if (spec == null) {
      out.add(new Difference(Kind.ENDPOINT_ADDED, Severity.NON_BREAKING, "endpoint", "", page.displayName(), "",
          "the spec has no endpoint for it: draft one with `payspec docs scaffold`", page.line(), null));
    } else {
      transport(page, spec, out);
      headers(page, spec, out);
      fields("request", page.requestFields(), spec.requestFields(), spec.credentialFields(),
          ExampleKeys.request(page), out);
      if (!page.responseFields().isEmpty()) {
        fields("response", page.responseFields(), spec.responseFields(), List.of(), ExampleKeys.response(page), out);
      }
      examples(page, spec, out);
    }
    for (PageNote note : notes) {
      out.add(new Difference(Kind.PAGE_PROBLEM, Severity.INFO, "page", "", note.message(), "",
          "a problem of the page itself, not a change of the API", note.line(), null));
    }
    List<Difference> explained = spec == null ? out : Decisions.explain(out, spec);
    return new Comparison(file, page, spec, explained);
  }

  private static void transport(PageEndpoint page, SpecEndpoint spec, List<Difference> out) {
    if (!page.method().equalsIgnoreCase(spec.method())) {
      out.add(new Difference(Kind.TRANSPORT_CHANGED, Severity.BREAKING, "endpoint", "", page.method(), spec.method(),
          "the client calls the endpoint with another method", page.line(), null));
    }
    if (!page.origin().isEmpty() && !spec.baseUrl().startsWith(page.origin())) {
      out.add(new Difference(Kind.TRANSPORT_CHANGED, Severity.BREAKING, "endpoint", "", page.url(), spec.url(),
          "the client calls another host", page.line(), null));
    }
  }

  private static void headers(PageEndpoint page, SpecEndpoint spec, List<Difference> out) {
    Set<String> specHeaders = new HashSet<>();
    spec.credentialHeaders().forEach(h -> specHeaders.add(h.toLowerCase(Locale.ROOT)));
    for (PageField header : page.headers()) {
      String name = header.path().toLowerCase(Locale.ROOT);
      if (PLAIN_HEADERS.contains(name) || specHeaders.contains(name)) {
        continue;
      }
      boolean required = header.mark() == RequiredMark.REQUIRED || specHeaders.isEmpty() || looksLikeCredential(name);
      out.add(new Difference(Kind.TRANSPORT_CHANGED, required ? Severity.BREAKING : Severity.NON_BREAKING, "header",
          header.path(), header.path(), String.join(", ", spec.credentialHeaders()),
          required ? "the page expects a header the client does not send" : "an optional header the client cannot send",
          header.line(), null));
    }
  }

  private static boolean looksLikeCredential(String header) {
    return header.contains("auth") || header.contains("key") || header.contains("token") || header.contains("autoriza");
  }

  private static void fields(String where, List<PageField> pageFields, List<SpecField> specFields,
      List<String> credentials, Set<String> inExamples, List<Difference> out) {
    boolean request = where.equals("request");
    Map<String, PageField> onPage = new LinkedHashMap<>();
    for (PageField f : pageFields) {
      if (!credentials.contains(f.path())) {
        onPage.putIfAbsent(f.path(), f);
      }
    }
    Set<String> describedParents = new HashSet<>();
    for (String path : onPage.keySet()) {
      int dot = path.lastIndexOf('.');
      describedParents.add(dot < 0 ? "" : path.substring(0, dot));
    }
    Map<String, SpecField> inSpec = new LinkedHashMap<>();
    for (SpecField f : specFields) {
      int dot = f.path().lastIndexOf('.');
      if (describedParents.contains(dot < 0 ? "" : f.path().substring(0, dot))) {
        inSpec.put(f.path(), f);
      }
    }
    List<PageField> added = new ArrayList<>();
    for (PageField p : onPage.values()) {
      SpecField s = inSpec.remove(p.path());
      if (s == null) {
        added.add(p);
      } else {
        compareField(where, p, s, out);
      }
    }
    // A field the table leaves out but the page's own example shows is documented by the page.
    inSpec.keySet().removeIf(inExamples::contains);
    List<SpecField> removed = new ArrayList<>(inSpec.values());
    for (PageField p : new ArrayList<>(added)) {
      SpecField renamed = removed.stream().filter(s -> Names.similar(s.path(), p.path())).findFirst().orElse(null);
      if (renamed != null) {
        added.remove(p);
        removed.remove(renamed);
        out.add(new Difference(Kind.FIELD_RENAMED, Severity.BREAKING, where, renamed.path(), p.path(), renamed.path(),
            request ? "the client sends the old name, which the provider no longer reads"
                : "the client reads the old name, which the provider no longer sends",
            p.line(), null));
        compareField(where, p, renamed, out);
      }
    }
    for (PageField p : added) {
      boolean required = request && p.mark() == RequiredMark.REQUIRED;
      out.add(new Difference(Kind.FIELD_ADDED, required ? Severity.BREAKING : Severity.NON_BREAKING, where, p.path(),
          p.path() + " (" + p.type() + (required ? ", required" : "") + ")", "absent",
          required ? "a new required request field: requests built with today's client lack it"
              : request ? "a new optional request field: the client cannot send it until the descriptor declares it"
                  : "a new response field: today's client ignores it",
          p.line(), null));
    }
    for (SpecField s : removed) {
      out.add(new Difference(Kind.FIELD_REMOVED, Severity.BREAKING, where, s.path(), "absent",
          s.path() + " (" + s.type() + ")",
          request ? "the page no longer lists a field the client sends: the provider may reject or ignore it"
              : "the page no longer lists a field the client reads: it would read as absent",
          0, null));
    }
  }

  private static void compareField(String where, PageField p, SpecField s, List<Difference> out) {
    boolean request = where.equals("request");
    if (request) {
      boolean pageRequired = p.mark() == RequiredMark.REQUIRED;
      if (pageRequired && !s.required()) {
        out.add(new Difference(Kind.REQUIRED_CHANGED, Severity.BREAKING, where, s.path(), "required", "optional",
            "the page requires a field the client lets callers leave out", p.line(), null));
      } else if (!pageRequired && s.required() && p.mark() == RequiredMark.NONE) {
        out.add(new Difference(Kind.REQUIRED_CHANGED, Severity.NON_BREAKING, where, s.path(), "optional", "required",
            "the page makes optional a field the client requires", p.line(), null));
      }
      if (!s.location().isEmpty() && location(p.section()) != null && !location(p.section()).equals(s.location())) {
        out.add(new Difference(Kind.TRANSPORT_CHANGED, Severity.BREAKING, where, s.path(), location(p.section()),
            s.location(), "the client sends the field elsewhere than the page says", p.line(), null));
      }
    }
    if (!WireType.carries(p.type(), s.type())) {
      out.add(new Difference(Kind.TYPE_CHANGED, Severity.BREAKING, where, s.path(), p.typeText() + " (" + p.type() + ")",
          s.type().toString(),
          request ? "the client sends " + a(s.type()) + " where the page expects " + a(p.type())
              : "the client decodes " + a(s.type()) + " where the page sends " + a(p.type()),
          p.line(), null));
    }
    if (!p.enumValues().isEmpty() && !s.enumValues().isEmpty()) {
      Set<String> pageValues = new LinkedHashSet<>(p.enumValues());
      Set<String> specValues = new LinkedHashSet<>(s.enumValues());
      Set<String> added = new LinkedHashSet<>(pageValues);
      added.removeAll(specValues);
      Set<String> removed = new LinkedHashSet<>(specValues);
      removed.removeAll(pageValues);
      if (!added.isEmpty()) {
        out.add(new Difference(Kind.ENUM_VALUES_ADDED, Severity.NON_BREAKING, where, s.path(), String.join(", ", added), "",
            request ? "values the client cannot send until the descriptor lists them"
                : "today's client reads them as UNKNOWN, with the raw value kept",
            p.line(), null));
      }
      if (!removed.isEmpty()) {
        out.add(new Difference(Kind.ENUM_VALUES_REMOVED, request ? Severity.BREAKING : Severity.NON_BREAKING, where,
            s.path(), "", String.join(", ", removed),
            request ? "callers may send values the page no longer lists: the provider may refuse them"
                : "values the provider no longer sends: nothing breaks",
            p.line(), null));
      }
    }
    if (!p.bounds().isEmpty()) {
      bounds(where, p, s, out);
    }
  }

  private static void bounds(String where, PageField p, SpecField s, List<Difference> out) {
    Bounds page = p.bounds();
    Bounds spec = s.bounds();
    boolean narrower = false;
    boolean differs = false;
    if (page.min() != null && (spec.min() == null || spec.min().compareTo(page.min()) != 0)) {
      differs = true;
      narrower |= spec.min() == null || page.min().compareTo(spec.min()) > 0;
    }
    if (page.max() != null && (spec.max() == null || spec.max().compareTo(page.max()) != 0)) {
      differs = true;
      narrower |= spec.max() == null || page.max().compareTo(spec.max()) < 0;
    }
    if (page.maxLength() != null && !page.maxLength().equals(spec.maxLength())) {
      differs = true;
      narrower |= spec.maxLength() == null || page.maxLength() < spec.maxLength();
    }
    if (page.minSize() != null && !page.minSize().equals(spec.minSize())) {
      differs = true;
      narrower |= spec.minSize() == null || page.minSize() > spec.minSize();
    }
    if (!differs) {
      return;
    }
    boolean request = where.equals("request");
    Severity severity = request && narrower ? Severity.BREAKING : Severity.NON_BREAKING;
    out.add(new Difference(Kind.BOUNDS_CHANGED, severity, where, s.path(), page.toString(), spec.toString(),
        !request ? "the client does not check bounds of what it reads"
            : narrower ? "the page accepts less than the client lets through: calls the client allows may be refused"
                : "the client refuses values the page accepts",
        p.line(), null));
  }

  private static String a(WireType type) {
    String t = type.toString();
    return ("aeiou".indexOf(t.charAt(0)) >= 0 ? "an " : "a ") + t;
  }

  private static String location(Section section) {
    return switch (section) {
      case BODY -> "body";
      case QUERY -> "query";
      case PATH -> "path";
      default -> null;
    };
  }

  private static void examples(PageEndpoint page, SpecEndpoint spec, List<Difference> out) {
    Set<JsonNode> seen = new HashSet<>();
    for (PageExample example : page.examples()) {
      if (!example.readable() || !seen.add(example.json())) {
        continue;
      }
      if (example.request()) {
        for (ExampleProblem problem : spec.examples().request(example.json())) {
          boolean decodes = problem.decodes();
          out.add(new Difference(decodes ? Kind.EXAMPLE_DOES_NOT_VALIDATE : Kind.EXAMPLE_DOES_NOT_DECODE,
              Severity.BREAKING, "request", problem.field(),
              "request example" + (example.title().isEmpty() ? "" : " (" + example.title() + ")"),
              problem.message(),
              decodes ? "the page's own example request would be refused by the client before sending"
                  : "the page's own example request cannot be expressed with the client",
              example.line(), null));
        }
      } else if (example.status() >= 200 && example.status() < 300) {
        for (ExampleProblem problem : spec.examples().response(example.status(), example.json())) {
          out.add(new Difference(Kind.EXAMPLE_DOES_NOT_DECODE, Severity.BREAKING, "response", problem.field(),
              "response example " + example.status(), problem.message(),
              "the client fails on a response the page documents as a success", example.line(), null));
        }
      }
    }
  }
}
