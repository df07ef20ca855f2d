package io.payspec.processor.read;

import io.payspec.annotations.DigestSigned;
import io.payspec.annotations.JwtSigned;
import io.payspec.annotations.Notification;
import io.payspec.annotations.NotificationDelivery;
import io.payspec.annotations.Response;
import io.payspec.annotations.ResponseExample;
import io.payspec.annotations.SecretField;
import io.payspec.annotations.WireObject;
import io.payspec.processor.model.EndpointModel;
import io.payspec.processor.model.EnumModel;
import io.payspec.processor.model.ExampleModel;
import io.payspec.processor.model.FieldModel;
import io.payspec.processor.model.NotificationModel;
import io.payspec.processor.model.NotificationModel.DeliveryModel;
import io.payspec.processor.model.NotificationModel.LookupModel;
import io.payspec.processor.model.NotificationModel.SchemeModel;
import io.payspec.processor.model.ObjectModel;
import io.payspec.processor.model.ObjectModel.Side;
import io.payspec.processor.model.ProviderModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Reads a {@code @Notification} descriptor into a checked {@link NotificationModel}, in the type
 * namespace of its version: its body (nested or shared), exactly one verification scheme whose fields
 * exist, the look-up operation and fields it names, and its documented bodies.
 */
public final class NotificationReader {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

  private final Reporter reporter;
  private final ProviderReader providers;

  public NotificationReader(Reporter reporter) {
    this.reporter = reporter;
    this.providers = new ProviderReader(reporter);
  }

  /** The provider and version of a descriptor, or null when they have mistakes (reported). */
  public Header header(TypeElement element) {
    Notification notification = element.getAnnotation(Notification.class);
    AnnotationMirror mirror = Mirrors.find(element, Notification.class);
    TypeElement providerElement = Mirrors.classValue(mirror, "provider");
    ProviderModel provider = providerElement == null ? null : providers.read(providerElement);
    if (provider == null) {
      reporter.error(element, mirror, "provider-not-annotated",
          "@Notification provider must be an interface annotated @Provider without mistakes");
      return null;
    }
    if (!notification.name().matches("[a-z][A-Za-z0-9]*")) {
      reporter.error(element, mirror, "bad-notification-name",
          "@Notification name '" + notification.name() + "' must be a lowerCamelCase identifier such as postback");
      return null;
    }
    return new Header(element, provider, notification.version(), notification.name());
  }

  /**
   * A notification's provider, version and name, read before its version.
   *
   * @param element the descriptor
   * @param provider its provider
   * @param version its version
   * @param name its name
   */
  public record Header(TypeElement element, ProviderModel provider, String version, String name) {}

  /** The checked model, or null when the descriptor has mistakes (all reported). */
  NotificationModel read(Header header, VersionScope scope, Map<String, EndpointModel> operations, EndpointReader endpoints) {
    TypeElement element = header.element();
    int before = reporter.errorCount();
    Notification notification = element.getAnnotation(Notification.class);
    AnnotationMirror mirror = Mirrors.find(element, Notification.class);
    TypeElement bodyType = body(element, mirror, scope);
    if (bodyType == null) {
      return null;
    }
    Set<String> reached = new HashSet<>();
    reached.add(bodyType.getSimpleName().toString());
    String description = bodyType.getAnnotation(Response.class) != null
        ? bodyType.getAnnotation(Response.class).description() : bodyType.getAnnotation(WireObject.class).description();
    ObjectModel body = scope.object(bodyType, Side.RESPONSE, description);
    if (body.side() != Side.RESPONSE) {
      reporter.error(element, mirror, "object-on-both-sides",
          bodyType.getSimpleName() + " is sent in requests, so it cannot be the body of notification " + header.name());
      return null;
    }
    List<ObjectModel> objects = endpoints.reachableObjects(body, body, scope, reached);
    List<EnumModel> enums = reached.stream().map(scope::enumModel).filter(e -> e != null).toList();
    SchemeModel scheme = scheme(element, body);
    DeliveryModel delivery = delivery(element);
    LookupModel lookup = lookup(element, mirror, notification, body, operations);
    List<ExampleModel.Response> examples = examples(element);
    boolean sound = reporter.errorCount() == before && !scope.broken(element) && reached.stream().allMatch(scope::sound);
    if (!sound) {
      return null;
    }
    return new NotificationModel(element, header.provider(), header.version(), header.name(), notification.description(),
        notification.source(), List.copyOf(Arrays.asList(notification.encodings())), body, objects,
        enums.stream().sorted(java.util.Comparator.comparing(EnumModel::simpleName)).toList(), scheme, delivery, lookup,
        examples,
        Decisions.of(element));
  }

  private TypeElement body(TypeElement element, AnnotationMirror mirror, VersionScope scope) {
    TypeElement nested = null;
    for (Element enclosed : element.getEnclosedElements()) {
      if (enclosed instanceof TypeElement type && scope.declares(type) && type.getAnnotation(Response.class) != null) {
        if (nested != null) {
          reporter.error(type, "duplicate-response", "notification " + element.getSimpleName() + " has a second @Response; keep one");
        }
        nested = nested == null ? type : nested;
      }
    }
    TypeElement shared = Mirrors.classValue(mirror, "body");
    if (shared != null) {
      if (nested != null) {
        reporter.error(nested, "duplicate-response", "notification " + element.getSimpleName()
            + " names its body in @Notification(body = ...) and nests a @Response; keep one");
        return null;
      }
      if (!scope.declares(shared)
          || (shared.getAnnotation(Response.class) == null && shared.getAnnotation(WireObject.class) == null)) {
        reporter.error(element, mirror, "body-outside-version", "@Notification body " + shared.getSimpleName()
            + " must be a @Response or @WireObject interface declared in the same provider version");
        return null;
      }
      return shared;
    }
    if (nested == null) {
      reporter.error(element, "missing-body", "notification " + element.getSimpleName()
          + " has no nested @Response describing its body (or names one of its version in @Notification(body = ...))");
    }
    return nested;
  }

  private SchemeModel scheme(TypeElement element, ObjectModel body) {
    JwtSigned jwt = element.getAnnotation(JwtSigned.class);
    SecretField secret = element.getAnnotation(SecretField.class);
    DigestSigned digest = element.getAnnotation(DigestSigned.class);
    int count = (jwt == null ? 0 : 1) + (secret == null ? 0 : 1) + (digest == null ? 0 : 1);
    if (count != 1) {
      reporter.error(element, "verification-scheme", "notification " + element.getSimpleName()
          + " needs exactly one of @JwtSigned, @SecretField, @DigestSigned (it has " + count + "): a notification is"
          + " trusted only when verified");
      return null;
    }
    if (jwt != null) {
      AnnotationMirror mirror = Mirrors.find(element, JwtSigned.class);
      names(element, mirror, jwt.field(), jwt.credential(), jwt.subjectClaim());
      if (field(body, jwt.subjectField()) == null) {
        reporter.error(element, mirror, "unknown-field", "@JwtSigned subjectField '" + jwt.subjectField()
            + "' is not a field of " + body.simpleName() + ": the token must be checked against the object the body names");
      }
      if (jwt.lifetimeSeconds() <= 0) {
        reporter.error(element, mirror, "bad-lifetime", "@JwtSigned lifetimeSeconds must be positive");
      }
      return new SchemeModel(SchemeModel.Kind.JWT, jwt.field(), jwt.credential(), jwt.subjectClaim(), jwt.subjectField(),
          List.of(jwt.subjectPrefixes()), jwt.lifetimeSeconds(), null, null);
    }
    if (secret != null) {
      names(element, Mirrors.find(element, SecretField.class), secret.field(), secret.credential());
      return new SchemeModel(SchemeModel.Kind.SHARED_SECRET, secret.field(), secret.credential(), null, null, List.of(), 0,
          null, null);
    }
    AnnotationMirror mirror = Mirrors.find(element, DigestSigned.class);
    names(element, mirror, digest.field(), digest.credential());
    try {
      java.security.MessageDigest.getInstance(digest.algorithm());
    } catch (java.security.NoSuchAlgorithmException e) {
      reporter.error(element, mirror, "bad-algorithm", "@DigestSigned algorithm '" + digest.algorithm()
          + "' is not a MessageDigest algorithm of this JVM (e.g. SHA-1, SHA-256)");
    }
    Matcher placeholders = PLACEHOLDER.matcher(digest.template());
    boolean secretUsed = false;
    while (placeholders.find()) {
      String name = placeholders.group(1);
      if (name.equals(digest.credential())) {
        secretUsed = true;
      } else if (field(body, name) == null) {
        reporter.error(element, mirror, "unknown-field", "@DigestSigned template names {" + name + "}, which is neither a"
            + " field of " + body.simpleName() + " nor the credential " + digest.credential());
      }
    }
    if (!secretUsed) {
      reporter.error(element, mirror, "unsigned-template", "@DigestSigned template '" + digest.template()
          + "' does not contain {" + digest.credential() + "}: a digest without the secret proves nothing");
    }
    return new SchemeModel(SchemeModel.Kind.DIGEST, digest.field(), digest.credential(), null, null, List.of(), 0,
        digest.template(), digest.algorithm());
  }

  private DeliveryModel delivery(TypeElement element) {
    NotificationDelivery delivery = element.getAnnotation(NotificationDelivery.class);
    if (delivery == null) {
      return null;
    }
    AnnotationMirror mirror = Mirrors.find(element, NotificationDelivery.class);
    if (delivery.attempts() < 1) {
      reporter.error(element, mirror, "bad-delivery", "@NotificationDelivery attempts must be at least 1 (the first try"
          + " counts), not " + delivery.attempts());
    }
    if (delivery.answerWithinSeconds() < 1) {
      reporter.error(element, mirror, "bad-delivery", "@NotificationDelivery answerWithinSeconds must be at least 1, not "
          + delivery.answerWithinSeconds());
    }
    if (delivery.retryDelaySeconds() < 0) {
      reporter.error(element, mirror, "bad-delivery", "@NotificationDelivery retryDelaySeconds must not be negative, not "
          + delivery.retryDelaySeconds());
    }
    Set<Integer> statuses = new HashSet<>();
    for (int status : delivery.acknowledgedBy()) {
      if (status < 100 || status > 599) {
        reporter.error(element, mirror, "bad-delivery", "@NotificationDelivery acknowledgedBy lists " + status
            + ", which is not an HTTP status (100 to 599)");
      } else if (!statuses.add(status)) {
        reporter.error(element, mirror, "bad-delivery", "@NotificationDelivery acknowledgedBy lists " + status + " twice");
      }
    }
    return new DeliveryModel(delivery.attempts(), Arrays.stream(delivery.acknowledgedBy()).boxed().toList(),
        delivery.answerWithinSeconds(), delivery.retryDelaySeconds(), delivery.retryDelayGrowth(), delivery.source());
  }

  private void names(TypeElement element, AnnotationMirror mirror, String... names) {
    for (String name : names) {
      if (name.isBlank()) {
        reporter.error(element, mirror, "blank-name", "@" + mirror.getAnnotationType().asElement().getSimpleName()
            + " names a blank field, claim or credential");
      }
    }
  }

  private LookupModel lookup(TypeElement element, AnnotationMirror mirror, Notification notification, ObjectModel body,
      Map<String, EndpointModel> operations) {
    if (notification.lookup().isEmpty()) {
      return null;
    }
    EndpointModel operation = operations.get(notification.lookup());
    if (operation == null) {
      reporter.error(element, mirror, "unknown-lookup", "@Notification lookup '" + notification.lookup()
          + "' is not a sound operation of the same version (operations: " + String.join(", ", operations.keySet()) + ")");
      return null;
    }
    FieldModel requestField = field(operation.request(), notification.lookupField());
    if (requestField == null) {
      reporter.error(element, mirror, "unknown-field", "@Notification lookupField '" + notification.lookupField()
          + "' is not a field of " + operation.request().simpleName());
    }
    FieldModel idField = field(body, notification.idField());
    if (idField == null) {
      reporter.error(element, mirror, "unknown-field", "@Notification idField '" + notification.idField()
          + "' is not a field of " + body.simpleName());
    }
    return requestField == null || idField == null ? null
        : new LookupModel(operation, requestField, idField, notification.lookupIdPrefix());
  }

  private List<ExampleModel.Response> examples(TypeElement element) {
    List<ExampleModel.Response> examples = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (ResponseExample example : element.getAnnotationsByType(ResponseExample.class)) {
      if (example.name().isBlank() || !names.add(example.name())) {
        reporter.error(element, "bad-example", "example name '" + example.name() + "' must be non-blank and unique");
      }
      String problem = JsonSyntax.problem(example.body());
      if (problem != null) {
        reporter.error(element, "malformed-example", "example '" + example.name() + "' is not well-formed JSON: " + problem);
      }
      examples.add(new ExampleModel.Response(example.name(), example.status(), example.body(), example.outcome(), example.note()));
    }
    return List.copyOf(examples);
  }

  private static FieldModel field(ObjectModel object, String wireName) {
    return object.fields().stream().filter(f -> f.wireName().equals(wireName)).findFirst().orElse(null);
  }
}
