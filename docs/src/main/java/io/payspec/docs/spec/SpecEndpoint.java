package io.payspec.docs.spec;

import java.util.List;

/**
 * One endpoint version as the spec describes it, in the terms a page can be compared with.
 *
 * @param provider the provider's display name
 * @param providerId the provider's id
 * @param version the API version
 * @param operation the operation name
 * @param method the HTTP method
 * @param baseUrl the provider's base URL
 * @param path the documented path
 * @param credentialHeaders headers that carry credentials ({@code Authorization})
 * @param credentialFields body fields that carry credentials ({@code auth_login})
 * @param requestFields request fields, flattened
 * @param responseFields response fields, flattened
 * @param decisions every decision recorded on the endpoint and its types
 * @param examples runs page examples through the generated types
 */
public record SpecEndpoint(
    String provider,
    String providerId,
    String version,
    String operation,
    String method,
    String baseUrl,
    String path,
    List<String> credentialHeaders,
    List<String> credentialFields,
    List<SpecField> requestFields,
    List<SpecField> responseFields,
    List<SpecDecision> decisions,
    ExampleCheck examples) {
  public SpecEndpoint {
    credentialHeaders = List.copyOf(credentialHeaders);
    credentialFields = List.copyOf(credentialFields);
    requestFields = List.copyOf(requestFields);
    responseFields = List.copyOf(responseFields);
    decisions = List.copyOf(decisions);
  }

  /** "CryptoCloud v2 createInvoice". */
  public String displayName() {
    return provider + " " + version + " " + operation;
  }

  /** The documented URL. */
  public String url() {
    return baseUrl + path;
  }
}
