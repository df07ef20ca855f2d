package io.payspec.runtime.meta;

/**
 * A documented request example ({@code @RequestExample}): the typed request built from it must be
 * sent as exactly these parts. Credentials are left out; the client adds them.
 *
 * @param name short name, unique in the operation
 * @param path the concrete path with its parameters filled in
 * @param query the query string without {@code ?}, empty for none
 * @param body the JSON body as documented, empty for none
 * @param note what was corrected from the page and why, or empty
 */
public record RequestExampleInfo(String name, String path, String query, String body, String note) {}
