package io.payspec.processor.model;

import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.HttpMethod;
import io.payspec.annotations.ResponseShape;
import io.payspec.processor.model.ProviderModel.AuthModel;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A checked {@code @Endpoint} descriptor: everything needed to write its code.
 *
 * @param element the descriptor interface
 * @param provider its provider
 * @param version API version, a lower-case identifier
 * @param operation operation name, lower camel case
 * @param method HTTP method
 * @param path documented path
 * @param description the provider's description
 * @param envelope response envelope
 * @param errors documented error bodies
 * @param request the request body
 * @param response the success payload
 * @param objects nested objects, requests' and responses'
 * @param enums enums of wire values declared in this endpoint
 * @param responseShape how the payload is laid out
 * @param auth how this endpoint authenticates (the provider's or its own)
 * @param sdkOnly described from an SDK, not a page
 * @param source where the page came from
 * @param requestExamples documented request examples
 * @param responseExamples documented response examples
 * @param decisions departures from the page about the endpoint, its types or its object-typed fields (these
 *     named by their wire path)
 */
public record EndpointModel(
    TypeElement element,
    ProviderModel provider,
    String version,
    String operation,
    HttpMethod method,
    String path,
    String description,
    EnvelopeModel envelope,
    ErrorsModel errors,
    ObjectModel request,
    ObjectModel response,
    List<ObjectModel> objects,
    List<EnumModel> enums,
    ResponseShape responseShape,
    AuthModel auth,
    boolean sdkOnly,
    String source,
    List<ExampleModel.Request> requestExamples,
    List<ExampleModel.Response> responseExamples,
    List<DecisionModel> decisions) {

  /** Names of every credential a call needs: its authentication's, then its signatures'. */
  public List<String> credentials() {
    java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(auth.credentialNames());
    request.fields().stream().filter(f -> f.signature() != null).forEach(f -> names.add(f.signature().credential()));
    return List.copyOf(names);
  }

  /** Package of the generated types of this version. */
  public String javaPackage() {
    return provider.javaPackage() + "." + version;
  }

  /**
   * The response envelope.
   *
   * @param kind the envelope kind
   * @param statusField status field of STATUS_AND_RESULT
   * @param successValue success value of STATUS_AND_RESULT
   * @param resultField payload field of STATUS_AND_RESULT
   * @param errorFlagField flag of ERROR_FLAG
   * @param errorsField messages of ERROR_FLAG
   * @param errorField where FIELD_MESSAGES errors are: the result field unless the descriptor names another
   */
  public record EnvelopeModel(
      EnvelopeKind kind, String statusField, String successValue, String resultField, String errorFlagField, String errorsField,
      String errorField) {}

  /**
   * Documented error bodies.
   *
   * @param shapes shapes to read messages from
   * @param authenticationKeys field keys meaning refused credentials
   * @param authenticationMessages messages meaning refused credentials
   * @param unavailableStatuses statuses meaning unavailable
   * @param rateLimitKeys error keys or types meaning too many requests
   * @param unavailableKeys error keys or types meaning unavailable
   * @param notFoundKeys error keys or types meaning a missing object
   */
  public record ErrorsModel(
      List<ErrorShape> shapes, List<String> authenticationKeys, List<String> authenticationMessages, List<Integer> unavailableStatuses,
      List<String> rateLimitKeys, List<String> unavailableKeys, List<String> notFoundKeys) {}
}
