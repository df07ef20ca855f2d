/**
 * An embedded stand-in for every generated provider's documented endpoints: {@link io.payspec.sandbox.Sandbox}
 * serves them on 127.0.0.1, checking credentials as documented and requests with the generated
 * validators, and answering in each provider's documented shapes; {@link io.payspec.sandbox.SandboxExtension}
 * gives JUnit 5 tests one per class.
 */
package io.payspec.sandbox;
