package io.payspec.cli;

/**
 * One invoice the demo created: a row of its table.
 *
 * @param provider the provider's name
 * @param version the API version
 * @param id the invoice id the provider gave
 * @param amount the amount with its currency
 * @param link the payment link
 */
record DemoInvoice(String provider, String version, String id, String amount, String link) {}
