package io.payspec.cli;

/**
 * One call of the demo's shop day: a row of its table.
 *
 * @param provider the provider's name
 * @param version the API version
 * @param operation the operation called
 * @param id the identifier of the resource it shows, or a count for a list
 * @param status the resource's status, when it has one
 * @param amount the amount with its currency, when shown
 * @param link the payment link, when there is one
 */
record DemoStep(String provider, String version, String operation, String id, String status, String amount,
    String link) {}
