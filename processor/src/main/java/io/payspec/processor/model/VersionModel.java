package io.payspec.processor.model;

import java.util.List;

/**
 * One API version of a provider, checked as a whole: its sound endpoints and the one namespace of
 * types they share, each type declared once.
 *
 * @param provider the provider
 * @param version the version, a lower-case identifier
 * @param endpoints the sound endpoints, by operation name
 * @param objects every request, response and nested object the endpoints reach, each once
 * @param enums every enum the endpoints declare or reach, each once
 * @param notifications the sound notifications the provider sends in this version
 */
public record VersionModel(
    ProviderModel provider, String version, List<EndpointModel> endpoints, List<ObjectModel> objects, List<EnumModel> enums,
    List<NotificationModel> notifications) {

  /** Package of the generated types of this version. */
  public String javaPackage() {
    return provider.javaPackage() + "." + version;
  }

  /** The object of a simple name. */
  public ObjectModel object(String simpleName) {
    return objects.stream().filter(o -> o.simpleName().equals(simpleName)).findFirst().orElse(null);
  }
}
