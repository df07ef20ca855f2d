package io.payspec.runtime.meta;

import io.payspec.annotations.NotificationEncoding;
import io.payspec.runtime.notification.VerificationScheme;
import java.util.List;
import java.util.Objects;

/**
 * Everything the runtime needs to verify and read one kind of notification a provider sends to the
 * shop; generated as a constant of each version class and listed by {@link ProviderModule}.
 *
 * @param provider the provider
 * @param version the API version, e.g. {@code v2}
 * @param name the notification, e.g. {@code postback}
 * @param description the provider's description
 * @param type the generated notification class
 * @param encodings the body encodings the provider may use
 * @param scheme how its authenticity is proven
 * @param delivery how the provider delivers it: tries, acknowledging answers, waits
 * @param lookup the operation returning the notified object's authoritative state, or null
 * @param idField wire name of the notification field naming that object, or null
 * @param lookupField wire name of the lookup request's id field, or null
 * @param lookupIdPrefix text put before the id in the lookup request (e.g. {@code INV-}), or empty
 * @param examples the documented bodies
 */
public record NotificationInfo<T>(
    ProviderInfo provider,
    String version,
    String name,
    String description,
    Class<T> type,
    List<NotificationEncoding> encodings,
    VerificationScheme scheme,
    DeliveryInfo delivery,
    String lookup,
    String idField,
    String lookupField,
    String lookupIdPrefix,
    List<Example> examples) {
  public NotificationInfo {
    encodings = List.copyOf(encodings);
    Objects.requireNonNull(delivery, "delivery");
    examples = List.copyOf(examples);
  }

  /** "CryptoCloud v2 postback": how messages name the notification. */
  public String displayName() {
    return provider.name() + " " + version + " " + name;
  }

  /**
   * A documented notification body.
   *
   * @param name short name, e.g. {@code paid}
   * @param body the body as documented (JSON)
   * @param note what was corrected from the page and why
   */
  public record Example(String name, String body, String note) {}
}
