package io.payspec.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A way the sandbox mis-delivers a notification, as real providers do, so that a shop can test that its
 * handler is idempotent and refuses stale notifications. Inject one with
 * {@link Sandbox#failNextNotification} (the next notification), {@link Sandbox#failNotificationsAlways}
 * (every one until {@link Sandbox#clearFailures()}), the JUnit extension's
 * {@link SandboxNotificationFailure} annotation (one test), or the control endpoint
 * {@code POST /_payspec/failures} (kinds {@code notification_twice}, {@code notification_late},
 * {@code notification_held}).
 *
 * @param kind what happens
 * @param age how long ago a {@link Kind#LATE} notification was signed, else {@link Duration#ZERO}
 */
public record NotificationFailure(Kind kind, Duration age) {
  /** The kinds of mis-delivery. */
  public enum Kind {
    /** Delivered twice: the same signed body again once the first delivery is over. */
    TWICE,
    /** Signed {@link NotificationFailure#age} ago, as if it had waited in the provider's queue, and delivered now. */
    LATE,
    /**
     * Signed now and held back until {@link Sandbox#deliverHeld()}: with the sandbox's clock moved on, it
     * arrives as late as the test wants, without waiting.
     */
    HELD
  }

  /** The longest {@link Kind#LATE} age. */
  static final Duration MAX_AGE = Duration.ofDays(30);

  /** Checks the values. */
  public NotificationFailure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(age, "age");
    if (age.isNegative() || age.compareTo(MAX_AGE) > 0) {
      throw new IllegalArgumentException("age must be between 0 and " + MAX_AGE.toDays() + " days, was " + age);
    }
  }

  /** The notification is delivered twice. */
  public static NotificationFailure twice() {
    return new NotificationFailure(Kind.TWICE, Duration.ZERO);
  }

  /** The notification is signed {@code age} ago and delivered now. */
  public static NotificationFailure late(Duration age) {
    return new NotificationFailure(Kind.LATE, age);
  }

  /** The notification is signed now and delivered by {@link Sandbox#deliverHeld()}. */
  public static NotificationFailure held() {
    return new NotificationFailure(Kind.HELD, Duration.ZERO);
  }

  /**
   * Reads a notification failure from the control endpoint's JSON, or returns null when {@code kind} is
   * not one: {@code {"kind": "notification_twice"}}, {@code {"kind": "notification_late", "age": 600}}
   * (seconds), {@code {"kind": "notification_held"}}.
   *
   * @throws IllegalArgumentException naming the field that is wrong
   */
  static NotificationFailure fromJson(ObjectNode json) {
    return switch (json.path("kind").asText("").toLowerCase(Locale.ROOT)) {
      case "notification_twice" -> twice();
      case "notification_late" -> {
        long seconds = json.path("age").asLong(600);
        if (seconds < 0 || seconds > MAX_AGE.toSeconds()) {
          throw new IllegalArgumentException("age must be between 0 and " + MAX_AGE.toSeconds() + " seconds");
        }
        yield late(Duration.ofSeconds(seconds));
      }
      case "notification_held" -> held();
      default -> null;
    };
  }
}
