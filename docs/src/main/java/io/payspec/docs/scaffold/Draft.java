package io.payspec.docs.scaffold;

import java.util.Map;

/**
 * A drafted descriptor: source files by path below a source root.
 *
 * @param javaPackage the descriptor's package
 * @param providerType simple name of the {@code @Provider} interface
 * @param endpointType simple name of the {@code @Endpoint} interface
 * @param files source text by relative path ({@code io/payspec/spec/x/X.java})
 */
public record Draft(String javaPackage, String providerType, String endpointType, Map<String, String> files) {
  public Draft {
    files = Map.copyOf(files);
  }
}
