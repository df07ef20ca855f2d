/**
 * Made-up providers for payspec's own tests: Acme (a header key; v1 with DETAIL errors, an amount with
 * its currency and one-of-two fields; v2 in a status/result envelope with field messages and nested
 * options; a postback with a shared secret) and Bodyco (credentials in the body, errors as an HTTP-200
 * list). They carry every feature the sandbox, command-line and starter tests need, and no real
 * provider's facts.
 */
package io.payspec.madeup.spec;
