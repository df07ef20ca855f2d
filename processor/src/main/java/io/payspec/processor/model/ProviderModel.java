package io.payspec.processor.model;

import javax.lang.model.element.TypeElement;

/**
 * A checked {@code @Provider} descriptor.
 *
 * @param element the annotated interface
 * @param id lower-case id
 * @param name display name and class-name prefix
 * @param baseUrl documented base URL, no trailing slash
 * @param javaPackage package of the generated client
 * @param description one sentence
 * @param auth how it authenticates
 */
public record ProviderModel(
    TypeElement element, String id, String name, String baseUrl, String javaPackage, String description, AuthModel auth) {

  /** The descriptor's qualified name: identifies the provider across endpoints. */
  public String key() {
    return element.getQualifiedName().toString();
  }

  /**
   * Header or body credentials.
   *
   * @param header header name, for header auth
   * @param prefix text before the key, for header auth
   * @param loginField login wire name, for body auth
   * @param secretField secret wire name, for body auth
   * @param credential name of the header credential ({@code api_key}), for header auth
   */
  public record AuthModel(String header, String prefix, String loginField, String secretField, String credential) {
    public boolean inHeader() {
      return header != null;
    }

    /** Names of the credentials it needs. */
    public java.util.List<String> credentialNames() {
      return inHeader() ? java.util.List.of(credential) : java.util.List.of(loginField, secretField);
    }
  }
}
