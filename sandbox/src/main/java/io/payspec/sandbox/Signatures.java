package io.payspec.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.SignatureInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the request fields a client computes ({@link FieldInfo#signature()}), as the provider would:
 * the lower-case hex digest of the documented template, with each {@code {name}} replaced by the wire
 * text of the request's field of that name or by the accepted credential of that name.
 */
final class Signatures {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

  private Signatures() {}

  /** Whether every computed field of the request holds the digest the accepted credentials give. */
  static boolean valid(Operation<?, ?> operation, ObjectNode body, Map<String, String> accepted) {
    for (FieldInfo field : operation.requestFields()) {
      SignatureInfo signature = field.signature();
      if (signature == null) {
        continue;
      }
      JsonNode given = body.get(field.path());
      String expected = digest(signature, body, accepted);
      if (given == null || !given.isTextual() || expected == null
          || !MessageDigest.isEqual(given.asText().getBytes(StandardCharsets.UTF_8),
              expected.getBytes(StandardCharsets.UTF_8))) {
        return false;
      }
    }
    return true;
  }

  private static String digest(SignatureInfo signature, ObjectNode body, Map<String, String> accepted) {
    Matcher m = PLACEHOLDER.matcher(signature.template());
    StringBuilder text = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value;
      if (name.equals(signature.credential())) {
        value = accepted.get(name);
      } else {
        JsonNode node = body.get(name);
        value = node == null || node.isNull() ? "" : node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asText();
      }
      if (value == null) {
        return null;
      }
      m.appendReplacement(text, Matcher.quoteReplacement(value));
    }
    m.appendTail(text);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(signature.algorithm())
          .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(signature.algorithm() + " is not available", e);
    }
  }
}
