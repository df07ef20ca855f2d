package io.payspec.sandbox;

/**
 * One request the sandbox received, as it arrived (before it was checked).
 *
 * @param method the HTTP method
 * @param path the raw request path
 * @param operation the operation served at that method and path, or null when none is
 */
public record RecordedRequest(String method, String path, OperationKey operation) {}
