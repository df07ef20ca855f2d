package io.payspec.runtime.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.annotations.NotificationDelivery;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryInfoTest {
  private static final DeliveryInfo CRYSTALPAY_LIKE = new DeliveryInfo(10, List.of(200, 429), Duration.ofSeconds(30),
      Duration.ofMinutes(1), NotificationDelivery.Growth.LINEAR, true, "page");

  @Test
  void onlyTheDocumentedStatusesAcknowledge() {
    assertTrue(CRYSTALPAY_LIKE.acknowledges(200));
    assertTrue(CRYSTALPAY_LIKE.acknowledges(429));
    assertFalse(CRYSTALPAY_LIKE.acknowledges(204));
    assertFalse(CRYSTALPAY_LIKE.acknowledges(0));
  }

  @Test
  void withoutDocumentedStatusesAny2xxAcknowledges() {
    assertTrue(DeliveryInfo.UNDOCUMENTED.acknowledges(200));
    assertTrue(DeliveryInfo.UNDOCUMENTED.acknowledges(299));
    assertFalse(DeliveryInfo.UNDOCUMENTED.acknowledges(300));
    assertFalse(DeliveryInfo.UNDOCUMENTED.acknowledges(429));
    assertEquals(1, DeliveryInfo.UNDOCUMENTED.attempts());
    assertFalse(DeliveryInfo.UNDOCUMENTED.documented());
  }

  @Test
  void theWaitGrowsAsDocumented() {
    assertEquals(Duration.ofMinutes(1), CRYSTALPAY_LIKE.delayAfter(1));
    assertEquals(Duration.ofMinutes(9), CRYSTALPAY_LIKE.delayAfter(9));
    DeliveryInfo fixed = new DeliveryInfo(3, List.of(), Duration.ofSeconds(5), Duration.ofSeconds(10),
        NotificationDelivery.Growth.FIXED, true, "");
    assertEquals(Duration.ofSeconds(10), fixed.delayAfter(2));
  }

  @Test
  void aPolicyWithoutATryIsRefused() {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new DeliveryInfo(0, List.of(),
        Duration.ofSeconds(1), Duration.ZERO, NotificationDelivery.Growth.FIXED, true, ""));
    assertEquals("attempts must be at least 1, not 0", refused.getMessage());
  }
}
