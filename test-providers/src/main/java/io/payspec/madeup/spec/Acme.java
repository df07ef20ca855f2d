package io.payspec.madeup.spec;

import io.payspec.annotations.HeaderAuth;
import io.payspec.annotations.Provider;

/** Acme, a made-up provider: authenticates with the header {@code Authorization: Token <key>}. */
@Provider(
    id = "acme",
    name = "Acme",
    baseUrl = "https://api.acme.test",
    javaPackage = "io.payspec.madeup.acme",
    description = "Acme, a made-up gateway for payspec's tests: invoices in two API versions.")
@HeaderAuth(header = "Authorization", prefix = "Token ")
public interface Acme {}
