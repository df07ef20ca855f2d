package io.payspec.runtime.notification;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.annotations.NotificationEncoding;
import io.payspec.runtime.DigestTemplate;
import io.payspec.runtime.Secret;
import io.payspec.runtime.error.PayspecException;
import io.payspec.runtime.json.Json;
import io.payspec.runtime.meta.NotificationInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * Signs a notification body as the provider would, from its {@link VerificationScheme}: the sandbox
 * sends such notifications, and tests use it to make valid ones where a page's own sample is corrupt.
 */
public final class NotificationSigner {
  private final NotificationInfo<?> info;
  private final Secret secret;
  private final Clock clock;
  private final ObjectMapper mapper = Json.mapper();

  /**
   * A signer.
   *
   * @param info the notification
   * @param secret the shared secret
   * @param clock the time tokens are issued at
   */
  public NotificationSigner(NotificationInfo<?> info, String secret, Clock clock) {
    this.info = Objects.requireNonNull(info, "info");
    if (secret == null || secret.isBlank()) {
      throw new PayspecException(info.displayName() + " signer: " + info.scheme().credential() + " must be set and not blank");
    }
    this.secret = Secret.of(info.scheme().credential(), secret);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Puts the proof into a copy of {@code body} (the token, the secret or the digest) and encodes it.
   *
   * @param body the notification's fields
   * @param encoding JSON or form data
   * @return the body bytes to POST
   */
  public byte[] sign(ObjectNode body, NotificationEncoding encoding) {
    ObjectNode signed = body.deepCopy();
    VerificationScheme scheme = info.scheme();
    if (scheme instanceof VerificationScheme.Jwt jwt) {
      JsonNode subject = signed.get(jwt.subjectField());
      String id = subject == null ? "" : subject.asText();
      Instant now = clock.instant();
      signed.put(jwt.field(), JWT.create()
          .withClaim(jwt.subjectClaim(), id)
          .withIssuedAt(now)
          .withExpiresAt(now.plusSeconds(jwt.lifetimeSeconds()))
          .sign(Algorithm.HMAC256(secret.reveal().getBytes(StandardCharsets.UTF_8))));
    } else if (scheme instanceof VerificationScheme.SharedSecret shared) {
      signed.put(shared.field(), secret.reveal());
    } else if (scheme instanceof VerificationScheme.Digest digest) {
      signed.put(digest.field(), new DigestTemplate(digest.template(), digest.algorithm()).digest(name -> {
        if (name.equals(digest.credential())) {
          return secret.reveal();
        }
        JsonNode value = signed.get(name);
        return value == null || value.isNull() ? null : value.asText();
      }));
    }
    return encoding == NotificationEncoding.FORM ? form(signed) : json(signed);
  }

  /** The {@code Content-Type} of a body in {@code encoding}. */
  public static String contentType(NotificationEncoding encoding) {
    return encoding == NotificationEncoding.FORM ? "application/x-www-form-urlencoded" : "application/json";
  }

  private byte[] json(ObjectNode body) {
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new PayspecException(info.displayName() + ": the notification cannot be written as JSON");
    }
  }

  /** Flat fields as they are; nested objects as {@code a[b]=v}. */
  private static byte[] form(ObjectNode body) {
    StringBuilder out = new StringBuilder();
    appendForm(out, "", body);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void appendForm(StringBuilder out, String prefix, ObjectNode node) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String key = prefix.isEmpty() ? field.getKey() : prefix + "[" + field.getKey() + "]";
      JsonNode value = field.getValue();
      if (value instanceof ObjectNode object) {
        appendForm(out, key, object);
      } else if (!value.isNull() && !value.isArray()) {
        if (out.length() > 0) {
          out.append('&');
        }
        out.append(URLEncoder.encode(key, StandardCharsets.UTF_8)).append('=')
            .append(URLEncoder.encode(value.asText(), StandardCharsets.UTF_8));
      }
    }
  }
}
