package io.payspec.runtime.meta;

import io.payspec.annotations.ExampleOutcome;

/**
 * A documented response example ({@code @ResponseExample}), a success or an error.
 *
 * @param name short name, unique in the operation
 * @param status the HTTP status
 * @param body the whole body, envelope included
 * @param outcome what the client must read it as
 * @param note what was corrected from the page and why, or empty
 */
public record ResponseExampleInfo(String name, int status, String body, ExampleOutcome outcome, String note) {}
