package io.payspec.runtime.meta;

import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.HttpMethod;
import io.payspec.annotations.ParamIn;
import io.payspec.annotations.ResponseShape;
import io.payspec.runtime.validation.Violation;
import java.util.List;
import java.util.function.Function;

/**
 * Everything the runtime needs to call one endpoint version and read its answer, and everything a
 * tool needs to derive requests, answers and tests from it; generated for each operation.
 *
 * @param provider the provider
 * @param version the API version, e.g. {@code v2}
 * @param name the operation, e.g. {@code createInvoice}
 * @param method the HTTP method
 * @param path the documented path, below the base URL, with {@code {wire_name}} placeholders
 * @param description the provider's description
 * @param envelope how responses are wrapped
 * @param errors what the error bodies look like
 * @param requestType the generated request class
 * @param responseType the generated payload class: the response itself for
 *     {@link ResponseShape#OBJECT}, the element of the list or the value of the map otherwise
 * @param validator the generated validator
 * @param requestFields the request fields, flattened, in documented order
 * @param responseShape how the payload is laid out; the call returns {@code R}, which is the
 *     payload class, {@code List} or {@code Map<String, ...>} of it
 * @param responseFields the fields of the payload class, flattened, in documented order
 * @param auth how this operation authenticates (the provider's, or the endpoint's own)
 * @param credentials names of the credentials this operation needs (snake case, e.g. {@code api_key},
 *     {@code security_key}, a signature's {@code salt})
 * @param sdkOnly described from the provider's SDK, without a documentation page of its own
 * @param source where the documentation page (or SDK file) came from, or empty
 * @param requestExamples the documented request examples
 * @param responseExamples the documented response examples, successes and errors
 * @param decisions departures from the page about the operation or its types (field ones are in
 *     {@link FieldInfo#decisions()})
 */
public record Operation<Q, R>(
    ProviderInfo provider,
    String version,
    String name,
    HttpMethod method,
    String path,
    String description,
    EnvelopeInfo envelope,
    ErrorInfo errors,
    Class<Q> requestType,
    Class<?> responseType,
    Function<Q, List<Violation>> validator,
    List<FieldInfo> requestFields,
    ResponseShape responseShape,
    List<FieldInfo> responseFields,
    AuthInfo auth,
    List<String> credentials,
    boolean sdkOnly,
    String source,
    List<RequestExampleInfo> requestExamples,
    List<ResponseExampleInfo> responseExamples,
    List<DecisionInfo> decisions) {
  public Operation {
    requestFields = List.copyOf(requestFields);
    responseFields = List.copyOf(responseFields);
    credentials = List.copyOf(credentials);
    requestExamples = List.copyOf(requestExamples);
    responseExamples = List.copyOf(responseExamples);
    decisions = List.copyOf(decisions);
  }

  /**
   * An operation answering one object, authenticated as its provider, without examples or
   * decisions: the shape of the first metadata, kept for tools and tests that describe one by hand.
   */
  public Operation(
      ProviderInfo provider,
      String version,
      String name,
      HttpMethod method,
      String path,
      String description,
      EnvelopeInfo envelope,
      ErrorInfo errors,
      Class<Q> requestType,
      Class<?> responseType,
      Function<Q, List<Violation>> validator,
      List<FieldInfo> requestFields) {
    this(provider, version, name, method, path, description, envelope, errors, requestType, responseType, validator,
        requestFields, ResponseShape.OBJECT, List.of(), provider.auth(), provider.auth().credentialNames(), false, "",
        List.of(), List.of(), List.of());
  }

  /** The request fields that travel in the path or the query string, in documented order. */
  public List<FieldInfo> parameters() {
    return requestFields.stream().filter(f -> f.topLevel() && f.in() != ParamIn.BODY).toList();
  }

  /** "CryptoCloud v2 createInvoice": how messages name the endpoint. */
  public String displayName() {
    return provider.name() + " " + version + " " + name;
  }

  /**
   * How the response is wrapped.
   *
   * @param kind the envelope's kind
   * @param statusField {@link EnvelopeKind#STATUS_AND_RESULT}: the status field
   * @param successValue {@link EnvelopeKind#STATUS_AND_RESULT}: the status value of a success
   * @param resultField the payload's field; empty for a payload that is the whole body
   * @param errorFlagField {@link EnvelopeKind#ERROR_FLAG}: the boolean error field
   * @param errorsField the list of error messages ({@link ErrorShape#ERROR_LIST})
   * @param errorField where messages keyed by field are ({@link ErrorShape#FIELD_MESSAGES}); the
   *     result field unless the descriptor says otherwise
   */
  public record EnvelopeInfo(
      EnvelopeKind kind,
      String statusField,
      String successValue,
      String resultField,
      String errorFlagField,
      String errorsField,
      String errorField) {
    /** An envelope whose errors keyed by field are under its result field. */
    public EnvelopeInfo(EnvelopeKind kind, String statusField, String successValue, String resultField,
        String errorFlagField, String errorsField) {
      this(kind, statusField, successValue, resultField, errorFlagField, errorsField, resultField);
    }

    public static EnvelopeInfo flat() {
      return new EnvelopeInfo(EnvelopeKind.FLAT, "status", "success", "result", "error", "errors");
    }
  }

  /**
   * What error bodies look like and which of them mean what.
   *
   * @param shapes the shapes to read messages from, in order
   * @param authenticationKeys error keys or types meaning the credentials were refused
   * @param authenticationMessages messages meaning the credentials were refused (ignoring case)
   * @param unavailableStatuses HTTP statuses, besides 5xx, meaning the service is unavailable
   * @param rateLimitKeys error keys or types meaning too many requests
   * @param unavailableKeys error keys or types meaning the service is unavailable
   * @param notFoundKeys error keys or types meaning the named object does not exist
   */
  public record ErrorInfo(
      List<ErrorShape> shapes,
      List<String> authenticationKeys,
      List<String> authenticationMessages,
      List<Integer> unavailableStatuses,
      List<String> rateLimitKeys,
      List<String> unavailableKeys,
      List<String> notFoundKeys) {
    public ErrorInfo {
      shapes = List.copyOf(shapes);
      authenticationKeys = List.copyOf(authenticationKeys);
      authenticationMessages = List.copyOf(authenticationMessages);
      unavailableStatuses = List.copyOf(unavailableStatuses);
      rateLimitKeys = List.copyOf(rateLimitKeys);
      unavailableKeys = List.copyOf(unavailableKeys);
      notFoundKeys = List.copyOf(notFoundKeys);
    }

    /** Error information without keys for rate limits, unavailability or missing objects. */
    public ErrorInfo(List<ErrorShape> shapes, List<String> authenticationKeys, List<String> authenticationMessages,
        List<Integer> unavailableStatuses) {
      this(shapes, authenticationKeys, authenticationMessages, unavailableStatuses, List.of(), List.of(), List.of());
    }
  }
}
