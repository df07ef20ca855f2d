package io.payspec.docs.scaffold;

import io.payspec.docs.page.PageEndpoint;
import io.payspec.docs.page.PageExample;
import io.payspec.docs.page.PageField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the page's endpoint authenticates: a header (with the prefix its examples put before the key)
 * or a login and a secret in the body.
 *
 * @param header the header name, or null for body credentials
 * @param prefix text before the key
 * @param login the body login field, or null
 * @param secret the body secret field, or null
 * @param todo what the maintainer must check, or empty
 */
record Auth(String header, String prefix, String login, String secret, String todo) {
  static Auth of(PageEndpoint endpoint) {
    String login = null;
    String secret = null;
    for (PageField f : endpoint.requestFields()) {
      String n = f.path().toLowerCase(Locale.ROOT);
      if (n.contains("login") && login == null) {
        login = f.path();
      } else if ((n.contains("secret") || n.contains("password")) && secret == null) {
        secret = f.path();
      }
    }
    if (login != null && secret != null) {
      return new Auth(null, "", login, secret, "");
    }
    for (PageField h : endpoint.headers()) {
      String n = h.path().toLowerCase(Locale.ROOT);
      if (n.contains("auth") || n.contains("key") || n.contains("token")) {
        String header = h.path();
        if (!header.matches("[A-Za-z0-9-]+")) {
          return new Auth("Authorization", "", null, null,
              "the page names the credential header \"" + header + "\" (a translation?): Authorization is a guess");
        }
        return new Auth(header, prefix(endpoint, header, h), null, null, "");
      }
    }
    return new Auth("Authorization", "", null, null, "the page shows no credential header: check how it authenticates");
  }

  /** Credentials sent in the body, which the request does not declare. */
  List<String> bodyCredentials() {
    return login == null ? List.of() : List.of(login, secret);
  }

  private static String prefix(PageEndpoint endpoint, String header, PageField row) {
    Pattern sample = Pattern.compile(Pattern.quote(header) + "\\s*:\\s*([A-Za-z]+ )(?:<|[A-Za-z0-9_]{2,})",
        Pattern.CASE_INSENSITIVE);
    for (PageExample e : endpoint.requestExamples()) {
      Matcher m = sample.matcher(e.text());
      if (m.find()) {
        return m.group(1);
      }
    }
    Matcher cell = Pattern.compile("^([A-Za-z]+ )\\S").matcher(row.example().isEmpty() ? row.description() : row.example());
    if (cell.find() && !cell.group(1).strip().equalsIgnoreCase("project")) {
      return cell.group(1);
    }
    return "";
  }
}
