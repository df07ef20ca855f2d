package io.payspec.runtime.meta;

import io.payspec.annotations.NotificationDelivery;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a provider delivers one kind of notification, from its {@link NotificationDelivery} description:
 * the tries, the answers that acknowledge it, how long it waits for one, and the wait between tries.
 * The sandbox delivers this way; the generated verifier's Javadoc tells the shop what to answer.
 *
 * @param attempts tries at most, the first included
 * @param acknowledgedBy statuses that acknowledge the notification; empty means any {@code 2xx}
 * @param answerWithin how long the provider waits for the shop's answer
 * @param retryDelay the wait before a retry, grown as {@code growth} says; zero if not documented
 * @param growth how the wait grows with the tries made
 * @param documented false when the provider documents no delivery policy ({@link #UNDOCUMENTED})
 * @param source where the policy is documented, or empty
 */
public record DeliveryInfo(int attempts, List<Integer> acknowledgedBy, Duration answerWithin, Duration retryDelay,
    NotificationDelivery.Growth growth, boolean documented, String source) {
  /**
   * A notification whose provider documents no delivery policy: sent once, any {@code 2xx} acknowledges
   * it, and 30 seconds (the sandbox's choice) for the answer.
   */
  public static final DeliveryInfo UNDOCUMENTED = new DeliveryInfo(1, List.of(), Duration.ofSeconds(30), Duration.ZERO,
      NotificationDelivery.Growth.FIXED, false, "");

  public DeliveryInfo {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, not " + attempts);
    }
    acknowledgedBy = List.copyOf(acknowledgedBy);
    Objects.requireNonNull(answerWithin, "answerWithin");
    Objects.requireNonNull(retryDelay, "retryDelay");
    Objects.requireNonNull(growth, "growth");
    Objects.requireNonNull(source, "source");
  }

  /**
   * Whether the shop's answer acknowledges the notification, so that the provider stops trying.
   *
   * @param status the HTTP status of the shop's answer; 0 for none
   * @return true for a documented acknowledging status (any {@code 2xx} when none is documented)
   */
  public boolean acknowledges(int status) {
    return acknowledgedBy.isEmpty() ? status / 100 == 2 : acknowledgedBy.contains(status);
  }

  /**
   * The provider's wait before the next try, after {@code triesMade} tries went unacknowledged.
   *
   * @param triesMade tries so far, at least 1
   * @return the documented wait; zero if none is documented
   */
  public Duration delayAfter(int triesMade) {
    return growth == NotificationDelivery.Growth.LINEAR ? retryDelay.multipliedBy(triesMade) : retryDelay;
  }
}
