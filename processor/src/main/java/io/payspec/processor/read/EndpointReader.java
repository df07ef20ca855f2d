package io.payspec.processor.read;

import io.payspec.annotations.BodyAuth;
import io.payspec.annotations.Endpoint;
import io.payspec.annotations.Envelope;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.HeaderAuth;
import io.payspec.annotations.HttpMethod;
import io.payspec.annotations.ParamIn;
import io.payspec.annotations.Provider;
import io.payspec.annotations.Request;
import io.payspec.annotations.RequestExample;
import io.payspec.annotations.Response;
import io.payspec.annotations.ResponseExample;
import io.payspec.annotations.WireObject;
import io.payspec.processor.model.DecisionModel;
import io.payspec.processor.model.EndpointModel;
import io.payspec.processor.model.EndpointModel.EnvelopeModel;
import io.payspec.processor.model.EndpointModel.ErrorsModel;
import io.payspec.processor.model.EnumModel;
import io.payspec.processor.model.ExampleModel;
import io.payspec.processor.model.FieldModel;
import io.payspec.processor.model.ObjectModel;
import io.payspec.processor.model.ObjectModel.Side;
import io.payspec.processor.model.ProviderModel;
import io.payspec.processor.model.ProviderModel.AuthModel;
import io.payspec.processor.model.TypeModel.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Reads one {@code @Endpoint} descriptor into a checked {@link EndpointModel}, inside the type
 * namespace of its version ({@link VersionScope}): the request and response, where each request
 * field travels, every object and enum they reach, its credentials, examples and decisions. Every
 * mistake is reported on its element; an endpoint with any mistake, or reaching a broken type,
 * yields no model (and so no code), while the other endpoints of the provider are still generated.
 */
public final class EndpointReader {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}/]*)}");

  private final Reporter reporter;
  private final ProviderReader providers;

  public EndpointReader(Reporter reporter) {
    this.reporter = reporter;
    this.providers = new ProviderReader(reporter);
  }

  /**
   * What every endpoint must get right before it can be grouped into its version: an interface, a
   * sound provider, a version, an operation and a path.
   *
   * @param element the descriptor
   * @param provider its checked provider
   * @param version the version
   * @param operation the operation
   */
  public record Header(TypeElement element, ProviderModel provider, String version, String operation) {}

  /** The header, or null when it has mistakes (all reported). */
  public Header header(TypeElement element) {
    int errorsBefore = reporter.errorCount();
    Endpoint endpoint = element.getAnnotation(Endpoint.class);
    AnnotationMirror mirror = Mirrors.find(element, Endpoint.class);
    if (element.getKind() != ElementKind.INTERFACE) {
      reporter.error(element, "endpoint-not-interface",
          "@Endpoint must be on an interface, " + element.getSimpleName() + " is a " + ProviderReader.kindName(element));
      return null;
    }
    ProviderModel provider = null;
    TypeElement providerElement = Mirrors.classValue(mirror, "provider");
    if (providerElement == null || providerElement.getAnnotation(Provider.class) == null) {
      reporter.error(element, mirror, "provider-not-annotated",
          "@Endpoint provider " + (providerElement == null ? "" : providerElement.getSimpleName() + " ")
              + "is not annotated @Provider");
    } else {
      provider = providers.read(providerElement);
      if (provider == null) {
        reporter.error(element, mirror, "broken-provider",
            "provider " + providerElement.getSimpleName() + " has mistakes (reported on it); fix them first");
      }
    }
    if (!endpoint.version().matches("[a-z][a-z0-9_]*")) {
      reporter.error(element, mirror, "bad-version",
          "@Endpoint version '" + endpoint.version() + "' must be a lower-case identifier such as v2 (it names a package)");
    }
    if (!endpoint.operation().matches("[a-z][A-Za-z0-9]*")) {
      reporter.error(element, mirror, "bad-operation",
          "@Endpoint operation '" + endpoint.operation() + "' must be a lowerCamelCase identifier such as createInvoice");
    }
    if (!endpoint.path().startsWith("/") || endpoint.path().matches(".*[\\s?#].*")) {
      reporter.error(element, mirror, "bad-path",
          "@Endpoint path '" + endpoint.path() + "' must start with '/' and hold no spaces, query or fragment");
    }
    if (reporter.errorCount() > errorsBefore) {
      return null;
    }
    return new Header(element, provider, endpoint.version(), endpoint.operation());
  }

  /** The checked model, or null when the endpoint has mistakes (all reported) or reaches a broken type. */
  EndpointModel read(Header header, VersionScope scope) {
    int errorsBefore = reporter.errorCount();
    Set<String> reached = new HashSet<>();
    EndpointModel model = readUnchecked(header, scope, reached);
    boolean sound = model != null && reporter.errorCount() == errorsBefore && !scope.broken(header.element())
        && reached.stream().allMatch(scope::sound);
    return sound ? model : null;
  }

  private EndpointModel readUnchecked(Header header, VersionScope scope, Set<String> reached) {
    TypeElement element = header.element();
    Endpoint endpoint = element.getAnnotation(Endpoint.class);
    AnnotationMirror mirror = Mirrors.find(element, Endpoint.class);
    TypeElement request = null;
    TypeElement response = null;
    for (Element enclosed : element.getEnclosedElements()) {
      if (!(enclosed instanceof TypeElement type) || !scope.declares(type)) {
        continue;
      }
      if (type.getAnnotation(Request.class) != null) {
        if (request != null) {
          reporter.error(type, "duplicate-request", "endpoint " + element.getSimpleName() + " has a second @Request; keep one");
        }
        request = request == null ? type : request;
      } else if (type.getAnnotation(Response.class) != null) {
        if (response != null) {
          reporter.error(type, "duplicate-response", "endpoint " + element.getSimpleName() + " has a second @Response; keep one");
        }
        response = response == null ? type : response;
      }
    }
    TypeElement shared = Mirrors.classValue(mirror, "response");
    if (shared != null) {
      if (response != null) {
        reporter.error(response, "duplicate-response", "endpoint " + element.getSimpleName()
            + " names its response in @Endpoint(response = " + shared.getSimpleName() + ".class) and nests a @Response; keep one");
      } else if (!scope.declares(shared)
          || (shared.getAnnotation(Response.class) == null && shared.getAnnotation(WireObject.class) == null)) {
        reporter.error(element, mirror, "response-outside-version",
            "@Endpoint response " + shared.getSimpleName() + " must be a @Response or @WireObject interface nested in an"
                + " endpoint of " + header.provider().name() + " " + header.version());
        return null;
      }
      response = shared;
    }
    if (request == null) {
      reporter.error(element, "missing-request",
          "endpoint " + element.getSimpleName() + " has no nested @Request interface describing its request"
              + " (an empty one for a call without parameters)");
    }
    if (response == null) {
      reporter.error(element, "missing-response",
          "endpoint " + element.getSimpleName() + " has no nested @Response interface describing its success payload"
              + " (or names one of its version in @Endpoint(response = ...))");
    }
    if (request == null || response == null) {
      return null;
    }
    reached.add(request.getSimpleName().toString());
    reached.add(response.getSimpleName().toString());
    ObjectModel declaredRequest = scope.object(request, Side.REQUEST, request.getAnnotation(Request.class).description());
    String responseDescription = response.getAnnotation(Response.class) != null
        ? response.getAnnotation(Response.class).description() : response.getAnnotation(WireObject.class).description();
    ObjectModel responseModel = scope.object(response, Side.RESPONSE, responseDescription);
    if (responseModel.side() != Side.RESPONSE) {
      reporter.error(element, mirror, "object-on-both-sides",
          response.getSimpleName() + " is sent in requests, so it cannot be the response of " + element.getSimpleName());
    }
    checkResponseSupertypes(response);
    ObjectModel requestModel = placeFields(element, mirror, endpoint, declaredRequest);
    List<ObjectModel> objects = reachableObjects(requestModel, responseModel, scope, reached);
    List<EnumModel> enums = reached.stream().map(scope::enumModel).filter(e -> e != null).toList();
    AuthModel auth = auth(element, header.provider());
    checkCredentials(auth, header.provider(), requestModel);
    checkSignatures(requestModel, auth);
    ErrorsModel errors = errors(element);
    return new EndpointModel(element, header.provider(), endpoint.version(), endpoint.operation(), endpoint.method(),
        endpoint.path(), endpoint.description(), envelope(element, errors), errors, requestModel, responseModel,
        objects, sortedByName(enums), endpoint.responseShape(), auth, endpoint.sdkOnly(), endpoint.source(),
        requestExamples(element), responseExamples(element),
        decisions(element, scope, requestModel, responseModel, objects));
  }

  private static List<EnumModel> sortedByName(List<EnumModel> enums) {
    return enums.stream().sorted(java.util.Comparator.comparing(EnumModel::simpleName)).toList();
  }

  /** A {@code @Response} is read from its {@code @Field} methods only: it must not extend anything. */
  private void checkResponseSupertypes(TypeElement response) {
    if (!response.getInterfaces().isEmpty()) {
      reporter.error(response, "response-extends",
          response.getSimpleName() + " extends " + response.getInterfaces().get(0) + ": a response is described by its"
              + " own @Field methods only; for a JSON array answer use @Endpoint(responseShape = ResponseShape.LIST)");
    }
  }

  /** The request with each field's place resolved, checked against the path's placeholders. */
  private ObjectModel placeFields(TypeElement element, AnnotationMirror mirror, Endpoint endpoint, ObjectModel request) {
    Set<String> placeholders = new LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(endpoint.path());
    while (matcher.find()) {
      placeholders.add(matcher.group(1));
    }
    boolean queryByDefault = endpoint.method() == HttpMethod.GET || endpoint.method() == HttpMethod.DELETE;
    List<FieldModel> placed = new ArrayList<>();
    Set<String> pathFields = new HashSet<>();
    for (FieldModel field : request.fields()) {
      ParamIn in = field.in();
      if (in == ParamIn.AUTO) {
        in = placeholders.contains(field.wireName()) ? ParamIn.PATH : queryByDefault ? ParamIn.QUERY : ParamIn.BODY;
      }
      AnnotationMirror fieldMirror = Mirrors.find(field.element(), io.payspec.annotations.Field.class);
      if (in == ParamIn.PATH) {
        if (!placeholders.contains(field.wireName())) {
          reporter.error(field.element(), fieldMirror, "path-field-without-placeholder",
              field.javaName() + "() travels in the path, but path '" + endpoint.path() + "' has no {"
                  + field.wireName() + "} placeholder");
        } else if (!field.required()) {
          reporter.error(field.element(), fieldMirror, "optional-path-field",
              field.javaName() + "() fills {" + field.wireName() + "} of the path, so it must be required = true");
        }
        pathFields.add(field.wireName());
      }
      if (in != ParamIn.BODY && (field.type().kind() == Kind.OBJECT || (in == ParamIn.PATH && field.type().list()))) {
        reporter.error(field.element(), fieldMirror, "unsupported-parameter-type",
            field.javaName() + "() travels in the " + in.name().toLowerCase(java.util.Locale.ROOT)
                + ", which holds text: use a String, number, boolean, date or enum"
                + (in == ParamIn.QUERY ? " (or a list of them)" : ""));
      }
      if (in == ParamIn.BODY && endpoint.method() == HttpMethod.GET) {
        reporter.error(field.element(), fieldMirror, "body-on-get",
            field.javaName() + "() travels in the body of a GET request, which has none: use in = QUERY");
      }
      placed.add(new FieldModel(field.element(), field.javaName(), field.wireName(), field.description(), field.required(),
          field.defaultValue(), field.nullable(), field.type(), field.constraints(), in, field.sensitive(),
          field.decisions(), field.signature()));
    }
    for (String placeholder : placeholders) {
      if (!pathFields.contains(placeholder)) {
        reporter.error(element, mirror, "path-placeholder-without-field",
            "path '" + endpoint.path() + "' has a {" + placeholder + "} placeholder, but "
                + request.simpleName() + " has no field with wire name '" + placeholder + "' to fill it");
      }
    }
    return new ObjectModel(request.element(), request.simpleName(), request.description(), request.side(),
        List.copyOf(placed), request.exactlyOneOf());
  }

  /** Nested objects reached from the request and the response, each on one side only. */
  List<ObjectModel> reachableObjects(ObjectModel request, ObjectModel response, VersionScope scope,
      Set<String> reached) {
    Map<String, ObjectModel> read = new LinkedHashMap<>();
    Deque<ObjectModel> queue = new ArrayDeque<>(List.of(request, response));
    while (!queue.isEmpty()) {
      ObjectModel owner = queue.poll();
      for (FieldModel field : owner.fields()) {
        String name = field.type().refName();
        if (name == null) {
          continue;
        }
        reached.add(name);
        if (field.type().kind() != Kind.OBJECT || read.containsKey(name)
            || name.equals(request.simpleName()) || name.equals(response.simpleName())) {
          continue;
        }
        TypeElement type = scope.type(name);
        ObjectModel model = scope.object(type, owner.side(), type.getAnnotation(WireObject.class) == null
            ? "" : type.getAnnotation(WireObject.class).description());
        if (model.side() != owner.side()) {
          reporter.error(field.element(), "object-on-both-sides",
              name + " is used by both requests and responses of version " + scope.version()
                  + ": declare one @WireObject for each");
          continue;
        }
        read.put(name, model);
        queue.add(model);
      }
    }
    return List.copyOf(read.values());
  }

  private AuthModel auth(TypeElement element, ProviderModel provider) {
    HeaderAuth header = element.getAnnotation(HeaderAuth.class);
    if (element.getAnnotation(BodyAuth.class) != null) {
      reporter.error(element, Mirrors.find(element, BodyAuth.class), "body-auth-on-endpoint",
          "@BodyAuth belongs on the @Provider; an endpoint may only replace it with its own @HeaderAuth");
    }
    if (header == null) {
      return provider.auth();
    }
    AnnotationMirror mirror = Mirrors.find(element, HeaderAuth.class);
    if (!header.header().matches("[A-Za-z0-9-]+")) {
      reporter.error(element, mirror, "bad-auth-header", "@HeaderAuth header '" + header.header() + "' is not a valid header name");
    }
    if (!header.credential().matches("[a-z][a-z0-9_]*")) {
      reporter.error(element, mirror, "bad-credential-name",
          "@HeaderAuth credential '" + header.credential() + "' must be a snake_case name such as security_key");
    }
    return new AuthModel(header.header(), header.prefix(), null, null, header.credential());
  }

  private void checkCredentials(AuthModel auth, ProviderModel provider, ObjectModel request) {
    if (auth.inHeader() || provider.auth().inHeader()) {
      return;
    }
    for (FieldModel field : request.fields()) {
      if (field.wireName().equals(auth.loginField()) || field.wireName().equals(auth.secretField())) {
        reporter.error(field.element(), "credential-as-field",
            field.wireName() + " is a credential of " + provider.name() + " (@BodyAuth): the client adds it to every"
                + " request, so it must not be a request field");
      }
    }
  }

  private void checkSignatures(ObjectModel request, AuthModel auth) {
    for (FieldModel field : request.fields()) {
      if (field.signature() == null) {
        continue;
      }
      AnnotationMirror mirror = Mirrors.find(field.element(), io.payspec.annotations.Signature.class);
      if (field.in() != ParamIn.BODY) {
        reporter.error(field.element(), mirror, "bad-signature-field", field.javaName() + "() is computed, so it must travel in the body");
      }
      Matcher matcher = PLACEHOLDER.matcher(field.signature().template());
      while (matcher.find()) {
        String name = matcher.group(1);
        FieldModel source = request.field(name);
        if (!name.equals(field.signature().credential()) && (source == null || source == field || source.type().container()
            || source.type().kind() == Kind.OBJECT)) {
          reporter.error(field.element(), mirror, "bad-signature-template",
              "@Signature template of " + field.javaName() + "() has {" + name + "}, which is neither the credential '"
                  + field.signature().credential() + "' nor another plain field of " + request.simpleName());
        }
      }
      if (auth.credentialNames().contains(field.signature().credential())) {
        reporter.error(field.element(), mirror, "bad-credential-name",
            "@Signature credential '" + field.signature().credential() + "' is already the endpoint's authentication credential");
      }
    }
  }

  private List<ExampleModel.Request> requestExamples(TypeElement element) {
    List<ExampleModel.Request> examples = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (RequestExample example : element.getAnnotationsByType(RequestExample.class)) {
      uniqueName(element, names, example.name());
      if (!example.body().isBlank()) {
        json(element, example.name(), example.body());
      }
      if (example.query().startsWith("?")) {
        reporter.error(element, "bad-example", "request example '" + example.name() + "': write the query without '?'");
      }
      String path = example.path().isEmpty() ? element.getAnnotation(Endpoint.class).path() : example.path();
      examples.add(new ExampleModel.Request(example.name(), path, example.query(), example.body(), example.note()));
    }
    return List.copyOf(examples);
  }

  private List<ExampleModel.Response> responseExamples(TypeElement element) {
    List<ExampleModel.Response> examples = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (ResponseExample example : element.getAnnotationsByType(ResponseExample.class)) {
      uniqueName(element, names, example.name());
      json(element, example.name(), example.body());
      if (example.status() < 100 || example.status() > 599) {
        reporter.error(element, "bad-example", "response example '" + example.name() + "' has HTTP status "
            + example.status() + ", which is not one");
      }
      examples.add(new ExampleModel.Response(example.name(), example.status(), example.body(), example.outcome(), example.note()));
    }
    return List.copyOf(examples);
  }

  private void uniqueName(TypeElement element, Set<String> names, String name) {
    if (name.isBlank() || !names.add(name)) {
      reporter.error(element, "bad-example", "example name '" + name + "' must be non-blank and unique in the endpoint");
    }
  }

  private void json(TypeElement element, String name, String body) {
    String problem = JsonSyntax.problem(body);
    if (problem != null) {
      reporter.error(element, "malformed-example", "example '" + name + "' is not well-formed JSON: " + problem);
    }
  }

  /** The endpoint's decisions, those of the types it declares, then those on its object-typed fields. */
  private static List<DecisionModel> decisions(TypeElement element, VersionScope scope, ObjectModel request,
      ObjectModel response, List<ObjectModel> objects) {
    List<DecisionModel> all = new ArrayList<>(Decisions.of(element));
    for (Element enclosed : element.getEnclosedElements()) {
      if (enclosed instanceof TypeElement type && scope.declares(type)) {
        all.addAll(Decisions.of(type));
      }
    }
    Map<String, ObjectModel> byName = new LinkedHashMap<>();
    for (ObjectModel object : objects) {
      byName.put(object.simpleName(), object);
    }
    byName.put(request.simpleName(), request);
    byName.put(response.simpleName(), response);
    all.addAll(Decisions.onObjectFields(request, byName));
    all.addAll(Decisions.onObjectFields(response, byName));
    return List.copyOf(all);
  }

  private EnvelopeModel envelope(TypeElement element, ErrorsModel errors) {
    Envelope envelope = element.getAnnotation(Envelope.class);
    if (envelope == null) {
      return new EnvelopeModel(EnvelopeKind.FLAT, "status", "success", "result", "error", "errors", "result");
    }
    if (!envelope.errorField().isEmpty() && !errors.shapes().contains(ErrorShape.FIELD_MESSAGES)) {
      reporter.error(element, Mirrors.find(element, Envelope.class), "error-field-without-field-messages",
          "@Envelope errorField '" + envelope.errorField() + "' of " + element.getSimpleName() + " is where"
              + " FIELD_MESSAGES errors are read, but its @Errors has no ErrorShape.FIELD_MESSAGES");
    }
    String errorField = envelope.errorField().isEmpty() ? envelope.resultField() : envelope.errorField();
    return new EnvelopeModel(envelope.value(), envelope.statusField(), envelope.successValue(), envelope.resultField(),
        envelope.errorFlagField(), envelope.errorsField(), errorField);
  }

  private ErrorsModel errors(TypeElement element) {
    Errors errors = element.getAnnotation(Errors.class);
    if (errors == null) {
      return new ErrorsModel(List.of(ErrorShape.values()), List.of(), List.of(), List.of(), List.of(), List.of(),
          List.of());
    }
    checkErrorKeys(element, errors);
    return new ErrorsModel(List.of(errors.value()), List.of(errors.authenticationKeys()),
        List.of(errors.authenticationMessages()), Arrays.stream(errors.unavailableStatuses()).boxed().toList(),
        List.of(errors.rateLimitKeys()), List.of(errors.unavailableKeys()), List.of(errors.notFoundKeys()));
  }

  /** A key classes an error one way only, and is never blank. */
  private void checkErrorKeys(TypeElement element, Errors errors) {
    AnnotationMirror mirror = Mirrors.find(element, Errors.class);
    java.util.Map<String, String> classOf = new java.util.LinkedHashMap<>();
    java.util.Map<String, String[]> classes = new java.util.LinkedHashMap<>();
    classes.put("authenticationKeys", errors.authenticationKeys());
    classes.put("rateLimitKeys", errors.rateLimitKeys());
    classes.put("unavailableKeys", errors.unavailableKeys());
    classes.put("notFoundKeys", errors.notFoundKeys());
    classes.forEach((attribute, keys) -> {
      for (String key : keys) {
        if (key.isBlank()) {
          reporter.error(element, mirror, "blank-error-key", "@Errors " + attribute + " of " + element.getSimpleName()
              + " has a blank key");
          continue;
        }
        String earlier = classOf.putIfAbsent(key.toLowerCase(java.util.Locale.ROOT), attribute);
        if (earlier != null) {
          reporter.error(element, mirror, "error-key-conflict", "@Errors key '" + key + "' of "
              + element.getSimpleName() + " is in " + earlier + " and in " + attribute + ": an error has one class");
        }
      }
    });
  }
}
