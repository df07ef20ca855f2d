package io.payspec.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.runtime.DigestTemplate;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.SignatureInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * Checks the request fields a client computes ({@link FieldInfo#signature()}), as the provider would:
 * the lower-case hex digest of the documented template, with each {@code {name}} replaced by the wire
 * text of the request's field of that name or by the accepted credential of that name.
 */
final class Signatures {

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

  /** The digest the accepted credentials give, or null when a credential it needs is not accepted here. */
  private static String digest(SignatureInfo signature, ObjectNode body, Map<String, String> accepted) {
    try {
      return new DigestTemplate(signature.template(), signature.algorithm()).digest(name -> {
        if (name.equals(signature.credential())) {
          return accepted.get(name);
        }
        JsonNode node = body.get(name);
        return node == null || node.isNull() ? "" : node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asText();
      });
    } catch (IllegalArgumentException missingCredential) {
      return null;
    }
  }
}
