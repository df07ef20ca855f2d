package io.payspec.runtime.notification;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.AlgorithmMismatchException;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.MissingClaimException;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.Claim;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.annotations.NotificationEncoding;
import io.payspec.runtime.DigestTemplate;
import io.payspec.runtime.Secret;
import io.payspec.runtime.error.NotificationVerificationException;
import io.payspec.runtime.error.NotificationVerificationException.Reason;
import io.payspec.runtime.error.PayspecException;
import io.payspec.runtime.json.Json;
import io.payspec.runtime.meta.NotificationInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Verifies notifications of one kind and reads them into their typed class: raw body bytes and the
 * {@code Content-Type} in, a trusted typed notification out, or one {@link
 * NotificationVerificationException} saying why not. Works from any web framework. Immutable and
 * thread-safe: build one per secret and share it.
 *
 * <p>Secrets are compared in constant time and never appear in a message or {@code toString()}. Tokens
 * with an expiry are checked against an injectable clock with a tolerance for clock skew. Only what
 * the provider signs is proven: amounts and statuses usually are not, so confirm them with a lookup
 * before shipping goods.
 *
 * @param <T> the generated notification class
 */
public final class NotificationVerifier<T> {
  /** Default tolerance for the difference between the provider's clock and ours. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(30);
  /** Default largest body read, in bytes. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

  private final NotificationInfo<T> info;
  private final Secret secret;
  private final Clock clock;
  private final Duration tolerance;
  private final int maxBodyBytes;
  private final ObjectMapper mapper;

  private NotificationVerifier(Builder<T> builder) {
    this.info = builder.info;
    this.secret = builder.secret;
    this.clock = builder.clock;
    this.tolerance = builder.tolerance;
    this.maxBodyBytes = builder.maxBodyBytes;
    this.mapper = Json.mapper();
  }

  /**
   * Starts a verifier of one kind of notification.
   *
   * @param info the generated metadata, e.g. {@code CryptoCloudV2.POSTBACK}
   * @param <T> the notification class
   * @return a builder; {@link Builder#secret(String)} is required
   */
  public static <T> Builder<T> builder(NotificationInfo<T> info) {
    return new Builder<>(Objects.requireNonNull(info, "info"));
  }

  /** The notification this verifier checks. */
  public NotificationInfo<T> info() {
    return info;
  }

  /**
   * Verifies a notification and reads it.
   *
   * @param body the raw request body, exactly as received
   * @param contentType the request's {@code Content-Type} header, or null (read as JSON)
   * @return the typed notification, once its signature is proven
   * @throws NotificationVerificationException if it must not be trusted, saying why
   */
  public T verify(byte[] body, String contentType) {
    return info.type().cast(read(verifiedTree(body, contentType)));
  }

  /**
   * Verifies a notification and returns its body as a JSON tree (for tools that print it).
   *
   * @param body the raw request body
   * @param contentType the request's {@code Content-Type}, or null
   * @return the verified body
   * @throws NotificationVerificationException if it must not be trusted
   */
  public ObjectNode verifiedTree(byte[] body, String contentType) {
    ObjectNode tree;
    try {
      NotificationEncoding encoding = NotificationBody.encoding(contentType, info.encodings());
      tree = NotificationBody.read(body, encoding, mapper, maxBodyBytes);
    } catch (NotificationBody.Unreadable e) {
      throw refused(e.contentType() ? Reason.UNSUPPORTED_CONTENT_TYPE : Reason.MALFORMED_BODY, e.getMessage());
    }
    VerificationScheme scheme = info.scheme();
    if (scheme instanceof VerificationScheme.Jwt jwt) {
      checkJwt(jwt, tree);
    } else if (scheme instanceof VerificationScheme.SharedSecret shared) {
      checkSharedSecret(shared, tree);
    } else if (scheme instanceof VerificationScheme.Digest digest) {
      checkDigest(digest, tree);
    }
    return tree;
  }

  private Object read(ObjectNode tree) {
    try {
      return mapper.treeToValue(tree, info.type());
    } catch (JsonMappingException e) {
      throw refused(Reason.MALFORMED_BODY, "field " + Json.wirePath("", e.getPath()) + " does not have its documented type");
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw refused(Reason.MALFORMED_BODY, "the body does not have the documented fields");
    }
  }

  private void checkJwt(VerificationScheme.Jwt scheme, ObjectNode tree) {
    String token = withoutBytesLiteral(signatureText(tree, scheme.field()));
    DecodedJWT decoded;
    try {
      decoded = JWT.decode(token);
    } catch (JWTDecodeException e) {
      throw refused(Reason.MALFORMED_BODY, "field " + scheme.field() + " is not a JWT");
    }
    if (!"HS256".equals(decoded.getAlgorithm())) {
      throw refused(Reason.UNSUPPORTED_ALGORITHM, "the token is signed with " + algorithmName(decoded.getAlgorithm())
          + "; only HS256 is documented");
    }
    JWTVerifier verifier = ((JWTVerifier.BaseVerification) JWT.require(Algorithm.HMAC256(secret.reveal().getBytes(StandardCharsets.UTF_8)))
            .acceptLeeway(tolerance.toSeconds())
            .withClaimPresence("exp"))
        .build(clock);
    try {
      verifier.verify(decoded);
    } catch (AlgorithmMismatchException e) {
      throw refused(Reason.UNSUPPORTED_ALGORITHM, "the token's algorithm is not HS256");
    } catch (SignatureVerificationException e) {
      throw refused(Reason.BAD_SIGNATURE, "the token's signature does not match the " + scheme.credential());
    } catch (TokenExpiredException e) {
      throw refused(Reason.EXPIRED, "the token expired at " + e.getExpiredOn() + " (now " + clock.instant()
          + ", tolerance " + tolerance.toSeconds() + " s)");
    } catch (MissingClaimException e) {
      throw refused(Reason.MALFORMED_BODY, "the token has no expiry (exp)");
    } catch (JWTVerificationException e) {
      throw refused(Reason.BAD_SIGNATURE, "the token cannot be verified");
    }
    Claim claim = decoded.getClaim(scheme.subjectClaim());
    String signedFor = claim.isMissing() || claim.isNull() ? null : claimText(claim);
    if (signedFor == null) {
      throw refused(Reason.MALFORMED_BODY, "the token has no " + scheme.subjectClaim() + " claim");
    }
    JsonNode named = tree.get(scheme.subjectField());
    if (named == null || named.isNull() || !named.isValueNode() || named.asText().isBlank()) {
      throw refused(Reason.MALFORMED_BODY, "field " + scheme.subjectField() + " is missing");
    }
    String bodyId = withoutPrefixes(named.asText(), scheme);
    if (!constantTimeEquals(withoutPrefixes(signedFor, scheme), bodyId)) {
      throw refused(Reason.WRONG_SUBJECT, "the token is signed for another object than "
          + scheme.subjectField() + " names");
    }
  }

  private void checkSharedSecret(VerificationScheme.SharedSecret scheme, ObjectNode tree) {
    String given = signatureText(tree, scheme.field());
    if (!constantTimeEquals(given, secret.reveal())) {
      throw refused(Reason.BAD_SIGNATURE, "field " + scheme.field() + " does not match the " + scheme.credential());
    }
  }

  private void checkDigest(VerificationScheme.Digest scheme, ObjectNode tree) {
    String given = signatureText(tree, scheme.field());
    String expected;
    try {
      expected = new DigestTemplate(scheme.template(), scheme.algorithm()).digest(name -> {
        if (name.equals(scheme.credential())) {
          return secret.reveal();
        }
        JsonNode value = tree.get(name);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
      });
    } catch (IllegalArgumentException e) {
      throw refused(Reason.MALFORMED_BODY, "a signed field is missing: " + e.getMessage());
    }
    if (!constantTimeEquals(given.toLowerCase(Locale.ROOT), expected)) {
      throw refused(Reason.BAD_SIGNATURE, "field " + scheme.field() + " does not match " + scheme.template()
          .replace("{" + scheme.credential() + "}", "<" + scheme.credential() + ">"));
    }
  }

  private String signatureText(ObjectNode tree, String field) {
    JsonNode node = tree.get(field);
    if (node == null || node.isNull() || (node.isTextual() && node.asText().isEmpty())) {
      throw refused(Reason.MISSING_SIGNATURE, "field " + field + " is missing");
    }
    if (!node.isTextual()) {
      throw refused(Reason.MALFORMED_BODY, "field " + field + " is not a string");
    }
    return node.asText();
  }

  /**
   * CryptoCloud's page shows the token as a Python bytes literal ({@code b'eyJ...'}), as its sender once
   * serialised it; a token so wrapped is read without the wrapper (the signature still decides).
   */
  private static String withoutBytesLiteral(String token) {
    if (token.length() > 3 && token.charAt(0) == 'b') {
      char quote = token.charAt(1);
      if ((quote == '\'' || quote == '"') && token.charAt(token.length() - 1) == quote) {
        return token.substring(2, token.length() - 1);
      }
    }
    return token;
  }

  private static String claimText(Claim claim) {
    String text = claim.asString();
    if (text != null) {
      return text;
    }
    Long number = claim.asLong();
    return number == null ? null : number.toString();
  }

  private static String withoutPrefixes(String id, VerificationScheme.Jwt scheme) {
    for (String prefix : scheme.subjectPrefixes()) {
      if (!prefix.isEmpty() && id.regionMatches(true, 0, prefix, 0, prefix.length())) {
        return id.substring(prefix.length());
      }
    }
    return id;
  }

  private static String algorithmName(String algorithm) {
    if (algorithm == null) {
      return "no algorithm";
    }
    String clean = algorithm.replaceAll("[^A-Za-z0-9_-]", "?");
    return "\"" + (clean.length() > 16 ? clean.substring(0, 16) + "..." : clean) + "\"";
  }

  static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private NotificationVerificationException refused(Reason reason, String detail) {
    return new NotificationVerificationException(info.displayName(), reason, detail);
  }

  @Override
  public String toString() {
    return "NotificationVerifier[" + info.displayName() + ", secret ****]";
  }

  /**
   * Configures a {@link NotificationVerifier}.
   *
   * @param <T> the notification class
   */
  public static final class Builder<T> {
    private final NotificationInfo<T> info;
    private Secret secret;
    private Clock clock = Clock.systemUTC();
    private Duration tolerance = DEFAULT_TOLERANCE;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;

    private Builder(NotificationInfo<T> info) {
      this.info = info;
    }

    /**
     * The shared secret the provider signs with (its name is the scheme's credential, e.g. the
     * project's secret key). Required.
     *
     * @param secret the secret
     * @return this builder
     * @throws PayspecException if it is null or blank (the message names it, never its value)
     */
    public Builder<T> secret(String secret) {
      if (secret == null || secret.isBlank()) {
        throw new PayspecException(info.displayName() + " verifier: " + info.scheme().credential() + " must be set and not blank");
      }
      this.secret = Secret.of(info.scheme().credential(), secret);
      return this;
    }

    /**
     * The clock expiry is checked against; the system clock by default (inject a fixed one in tests).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder<T> clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How far the provider's clock may be ahead of or behind ours; 30 seconds by default.
     *
     * @param tolerance a non-negative duration
     * @return this builder
     */
    public Builder<T> tolerance(Duration tolerance) {
      if (tolerance == null || tolerance.isNegative()) {
        throw new PayspecException(info.displayName() + " verifier: tolerance must be zero or positive");
      }
      this.tolerance = tolerance;
      return this;
    }

    /**
     * The largest body read; 1 MiB by default.
     *
     * @param maxBodyBytes a positive number of bytes
     * @return this builder
     */
    public Builder<T> maxBodyBytes(int maxBodyBytes) {
      if (maxBodyBytes <= 0) {
        throw new PayspecException(info.displayName() + " verifier: maxBodyBytes must be positive");
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /**
     * The verifier.
     *
     * @return an immutable, thread-safe verifier
     * @throws PayspecException if the secret was not set
     */
    public NotificationVerifier<T> build() {
      if (secret == null) {
        throw new PayspecException(info.displayName() + " verifier: " + info.scheme().credential() + " must be set");
      }
      return new NotificationVerifier<>(this);
    }
  }
}
