package io.payspec.docs.page;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the JSON a code sample sends: the body of a cURL {@code -d '...'}, or an object literal
 * assigned to {@code data}, {@code payload}, {@code body} or passed to {@code JSON.stringify} /
 * {@code json=} in Python and JavaScript samples. Samples that build the body from variables carry none.
 */
final class CodeSamples {
  private CodeSamples() {}

  /** Strict JSON, decimals kept exactly. */
  static final ObjectMapper STRICT = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  /** JavaScript and Python object literals: single quotes, bare keys, trailing commas. */
  private static final ObjectMapper LENIENT = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private static final Pattern CURL_DATA = Pattern.compile("(?:-d|--data|--data-raw|--data-binary)\\s+(['\"])");
  private static final Pattern LITERAL = Pattern.compile(
      "(?:\\b(?:data|payload|body|json|params)\\s*[=:]\\s*|JSON\\.stringify\\(\\s*|json\\.dumps\\(\\s*)\\{");
  private static final Pattern URL = Pattern.compile("https?://[^\\s\"'`\\\\)]+");

  /** The JSON a request sample sends, or null. */
  static JsonNode requestBody(String code) {
    Matcher curl = CURL_DATA.matcher(code);
    if (curl.find()) {
      char quote = curl.group(1).charAt(0);
      int end = closingQuote(code, curl.end(), quote);
      if (end > 0) {
        String body = code.substring(curl.end(), end);
        if (quote == '"') {
          body = body.replace("\\\"", "\"");
        }
        JsonNode node = parse(STRICT, body);
        if (node != null) {
          return node;
        }
      }
    }
    Matcher literal = LITERAL.matcher(code);
    while (literal.find()) {
      int start = literal.end() - 1;
      int end = closingBrace(code, start);
      if (end > 0) {
        String text = pythonLiterals(code.substring(start, end + 1));
        JsonNode node = parse(LENIENT, text);
        if (node != null && node.isObject()) {
          return node;
        }
      }
    }
    return null;
  }

  /** The first URL a sample calls, or empty. */
  static String url(String code) {
    Matcher m = URL.matcher(code);
    return m.find() ? m.group() : "";
  }

  private static JsonNode parse(ObjectMapper mapper, String text) {
    try (JsonParser parser = mapper.createParser(text)) {
      return mapper.readTree(parser);
    } catch (JsonProcessingException e) {
      return null;
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private static int closingQuote(String code, int from, char quote) {
    for (int i = from; i < code.length(); i++) {
      char c = code.charAt(i);
      if (quote == '"' && c == '\\') {
        i++;
      } else if (c == quote) {
        return i;
      }
    }
    return -1;
  }

  private static int closingBrace(String code, int open) {
    int depth = 0;
    char quote = 0;
    for (int i = open; i < code.length(); i++) {
      char c = code.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Python's True, False and None outside strings, as JSON. */
  private static String pythonLiterals(String text) {
    StringBuilder out = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        out.append(c);
        if (c == '\\' && i + 1 < text.length()) {
          out.append(text.charAt(++i));
        } else if (c == quote) {
          quote = 0;
        }
        continue;
      }
      if (c == '"' || c == '\'') {
        quote = c;
        out.append(c);
      } else if (text.startsWith("True", i) && boundary(text, i, 4)) {
        out.append("true");
        i += 3;
      } else if (text.startsWith("False", i) && boundary(text, i, 5)) {
        out.append("false");
        i += 4;
      } else if (text.startsWith("None", i) && boundary(text, i, 4)) {
        out.append("null");
        i += 3;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean boundary(String text, int at, int length) {
    boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    int after = at + length;
    return before && (after >= text.length() || !Character.isLetterOrDigit(text.charAt(after)));
  }
}
