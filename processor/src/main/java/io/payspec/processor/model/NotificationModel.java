package io.payspec.processor.model;

import io.payspec.annotations.NotificationDelivery;
import io.payspec.annotations.NotificationEncoding;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A checked {@code @Notification} descriptor: a message the provider sends to the shop, its body type
 * and how its authenticity is proven.
 *
 * @param element the descriptor interface
 * @param provider its provider
 * @param version API version
 * @param name notification name, lower camel case
 * @param description the provider's description
 * @param source where the page came from
 * @param encodings body encodings the provider may use
 * @param body the body's object (nested or shared in the version)
 * @param objects nested objects the body reaches
 * @param enums enums the body reaches
 * @param scheme how its authenticity is proven
 * @param delivery how the provider delivers it, or null when its page documents no policy
 * @param lookup the look-up of the notified object, or null
 * @param examples documented bodies
 * @param decisions the descriptor's decisions
 */
public record NotificationModel(
    TypeElement element,
    ProviderModel provider,
    String version,
    String name,
    String description,
    String source,
    List<NotificationEncoding> encodings,
    ObjectModel body,
    List<ObjectModel> objects,
    List<EnumModel> enums,
    SchemeModel scheme,
    DeliveryModel delivery,
    LookupModel lookup,
    List<ExampleModel.Response> examples,
    List<DecisionModel> decisions) {

  /** Package of the generated types of this version. */
  public String javaPackage() {
    return provider.javaPackage() + "." + version;
  }

  /**
   * The proof a notification carries.
   *
   * @param kind which of the documented schemes
   * @param field body field carrying the proof
   * @param credential the secret's name, snake case
   * @param subjectClaim JWT: claim naming the object
   * @param subjectField JWT: body field naming the same object
   * @param subjectPrefixes JWT: prefixes compared away
   * @param lifetimeSeconds JWT: validity when signing
   * @param template digest: the digested text
   * @param algorithm digest: the algorithm
   */
  public record SchemeModel(Kind kind, String field, String credential, String subjectClaim, String subjectField,
      List<String> subjectPrefixes, int lifetimeSeconds, String template, String algorithm) {
    /** The documented schemes. */
    public enum Kind { JWT, SHARED_SECRET, DIGEST }
  }

  /**
   * The documented delivery policy ({@code @NotificationDelivery}).
   *
   * @param attempts tries at most, the first included
   * @param acknowledgedBy statuses that acknowledge it; empty means any 2xx
   * @param answerWithinSeconds how long the provider waits for the answer
   * @param retryDelaySeconds the wait before a retry
   * @param growth how that wait grows with the tries made
   * @param source where it is documented
   */
  public record DeliveryModel(int attempts, List<Integer> acknowledgedBy, int answerWithinSeconds, int retryDelaySeconds,
      NotificationDelivery.Growth growth, String source) {}

  /**
   * How to fetch the authoritative state of the notified object.
   *
   * @param operation the look-up endpoint of the same version
   * @param requestField the look-up request's field taking the id
   * @param idField the notification body's field naming the object
   * @param idPrefix text put before the id in the look-up
   */
  public record LookupModel(EndpointModel operation, FieldModel requestField, FieldModel idField, String idPrefix) {}
}
