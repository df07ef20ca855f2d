package io.payspec.runtime.meta;

/**
 * A provider as its descriptor declares it.
 *
 * @param id lower-case id, e.g. {@code cryptocloud}
 * @param name display name, e.g. {@code CryptoCloud}
 * @param baseUrl the documented base URL
 * @param auth how it authenticates
 * @param description one sentence
 */
public record ProviderInfo(String id, String name, String baseUrl, AuthInfo auth, String description) {}
