package io.payspec.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.annotations.NotificationEncoding;
import io.payspec.runtime.error.NotificationVerificationException;
import io.payspec.runtime.error.NotificationVerificationException.Reason;
import io.payspec.runtime.json.Json;
import io.payspec.runtime.meta.NotificationInfo;
import io.payspec.runtime.meta.ProviderModule;
import io.payspec.runtime.notification.NotificationSigner;
import io.payspec.runtime.notification.NotificationVerifier;
import io.payspec.runtime.notification.VerificationScheme;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented notification of every installed provider, from its metadata and documented bodies:
 * signed as the provider signs it (the pages' own signatures are corrupt or made with secrets they do
 * not give), verified and read typed in every documented encoding; forged, tampered, expired and
 * {@code alg: none} ones refused; the secret in no message.
 */
class NotificationContractTest {
  private static final String SECRET = "test-notification-secret-0123456789";
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final ObjectMapper MAPPER = Json.mapper();

  static List<NotificationInfo<?>> notifications() {
    return ProviderModule.installed().stream().flatMap(m -> m.notifications().stream()).toList();
  }

  static Stream<Arguments> examples() {
    List<Arguments> all = new ArrayList<>();
    for (NotificationInfo<?> info : notifications()) {
      for (NotificationInfo.Example example : info.examples()) {
        for (NotificationEncoding encoding : info.encodings()) {
          all.add(Arguments.of(info.displayName() + " " + example.name() + " " + encoding, info, example, encoding));
        }
      }
    }
    return all.stream();
  }

  @Test
  void everyProviderDescribesItsNotificationsWithAnExample() {
    List<String> providers = ProviderModule.installed().stream()
        .filter(m -> !m.notifications().isEmpty()).map(m -> m.provider().id()).toList();
    assertTrue(providers.containsAll(List.of("cryptocloud", "nordpay", "crystalpay")), providers.toString());
    for (NotificationInfo<?> info : notifications()) {
      assertFalse(info.examples().isEmpty(), info.displayName() + " has no documented body");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theDocumentedBodySignedAsTheProviderSignsItIsVerifiedAndReadTyped(
      String name, NotificationInfo<?> info, NotificationInfo.Example example, NotificationEncoding encoding) throws Exception {
    byte[] body = new NotificationSigner(info, SECRET, CLOCK).sign(tree(example), encoding);
    Object typed = verifier(info, CLOCK).verify(body, NotificationSigner.contentType(encoding));
    assertNotNull(typed);
    JsonNode read = MAPPER.valueToTree(typed);
    JsonNode documented = tree(example);
    // Every field the typed notification declares comes back with the documented value.
    read.fieldNames().forEachRemaining(field -> {
      if (documented.has(field) && documented.get(field).isValueNode() && !documented.get(field).isNull()) {
        assertEquals(documented.get(field).asText(), read.get(field).asText(), name + ": " + field);
      }
    });
    assertFalse(new String(MAPPER.writeValueAsBytes(typed), StandardCharsets.UTF_8).contains(SECRET),
        name + ": the typed notification keeps the secret");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void aBodySignedWithAnotherSecretIsRefused(
      String name, NotificationInfo<?> info, NotificationInfo.Example example, NotificationEncoding encoding) {
    byte[] forged = new NotificationSigner(info, "an-attackers-guess-0123456789", CLOCK).sign(tree(example), encoding);
    refused(info, CLOCK, forged, encoding, Reason.BAD_SIGNATURE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void aBodyNamingAnotherObjectThanWasSignedIsRefused(
      String name, NotificationInfo<?> info, NotificationInfo.Example example, NotificationEncoding encoding) throws Exception {
    VerificationScheme scheme = info.scheme();
    String signedField = scheme instanceof VerificationScheme.Jwt jwt ? jwt.subjectField()
        : scheme instanceof VerificationScheme.Digest digest ? firstPlaceholder(digest) : null;
    // A shared secret signs nothing: the whole body is as authentic as the secret is private.
    assumeTrue(signedField != null, "the scheme signs no field");
    byte[] signed = new NotificationSigner(info, SECRET, CLOCK).sign(tree(example), NotificationEncoding.JSON);
    ObjectNode tampered = (ObjectNode) MAPPER.readTree(signed);
    tampered.put(signedField, "SOMEONE-ELSES-" + tampered.path(signedField).asText());
    Reason expected = scheme instanceof VerificationScheme.Jwt ? Reason.WRONG_SUBJECT : Reason.BAD_SIGNATURE;
    refused(info, CLOCK, MAPPER.writeValueAsBytes(tampered), NotificationEncoding.JSON, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void tokensExpireAndAlgNoneIsRefused(
      String name, NotificationInfo<?> info, NotificationInfo.Example example, NotificationEncoding encoding) throws Exception {
    assumeTrue(info.scheme() instanceof VerificationScheme.Jwt, "only tokens expire");
    VerificationScheme.Jwt jwt = (VerificationScheme.Jwt) info.scheme();
    byte[] signed = new NotificationSigner(info, SECRET, CLOCK).sign(tree(example), NotificationEncoding.JSON);
    Clock later = Clock.offset(CLOCK, Duration.ofSeconds(jwt.lifetimeSeconds())
        .plus(NotificationVerifier.DEFAULT_TOLERANCE).plusSeconds(1));
    refused(info, later, signed, NotificationEncoding.JSON, Reason.EXPIRED);

    ObjectNode none = (ObjectNode) MAPPER.readTree(signed);
    String[] parts = none.get(jwt.field()).asText().split("\\.");
    String header = Base64.getUrlEncoder().withoutPadding()
        .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    none.put(jwt.field(), header + "." + parts[1] + ".");
    refused(info, CLOCK, MAPPER.writeValueAsBytes(none), NotificationEncoding.JSON, Reason.UNSUPPORTED_ALGORITHM);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void anUnsignedBodyIsRefused(
      String name, NotificationInfo<?> info, NotificationInfo.Example example, NotificationEncoding encoding) {
    ObjectNode unsigned = tree(example);
    unsigned.remove(info.scheme().field());
    refused(info, CLOCK, unsigned.toString().getBytes(StandardCharsets.UTF_8), NotificationEncoding.JSON,
        Reason.MISSING_SIGNATURE);
  }

  private static String firstPlaceholder(VerificationScheme.Digest digest) {
    String template = digest.template();
    return template.substring(template.indexOf('{') + 1, template.indexOf('}'));
  }

  private static void refused(NotificationInfo<?> info, Clock clock, byte[] body, NotificationEncoding encoding, Reason reason) {
    NotificationVerificationException e = assertThrows(NotificationVerificationException.class,
        () -> verifier(info, clock).verify(body, NotificationSigner.contentType(encoding)));
    assertEquals(reason, e.reason(), e.getMessage());
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  private static NotificationVerifier<?> verifier(NotificationInfo<?> info, Clock clock) {
    return NotificationVerifier.builder(info).secret(SECRET).clock(clock).build();
  }

  private static ObjectNode tree(NotificationInfo.Example example) {
    try {
      return (ObjectNode) MAPPER.readTree(example.body());
    } catch (java.io.IOException e) {
      throw new AssertionError(example.name() + " is not JSON", e);
    }
  }
}
