package io.payspec.madeup.spec;

import io.payspec.annotations.BodyAuth;
import io.payspec.annotations.Provider;

/** Bodyco, a made-up provider: its login and secret travel in every request body. */
@Provider(
    id = "bodyco",
    name = "Bodyco",
    baseUrl = "https://api.bodyco.test",
    javaPackage = "io.payspec.madeup.bodyco",
    description = "Bodyco, a made-up gateway for payspec's tests: credentials in the body, errors under HTTP 200.")
@BodyAuth(login = "login", secret = "secret")
public interface Bodyco {}
