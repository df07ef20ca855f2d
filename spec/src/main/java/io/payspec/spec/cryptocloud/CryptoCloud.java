package io.payspec.spec.cryptocloud;

import io.payspec.annotations.HeaderAuth;
import io.payspec.annotations.Provider;

/** CryptoCloud (cryptocloud.plus): every API version authenticates with {@code Authorization: Token <API KEY>}. */
@Provider(
    id = "cryptocloud",
    name = "CryptoCloud",
    baseUrl = "https://api.cryptocloud.plus",
    javaPackage = "io.payspec.cryptocloud",
    description = "CryptoCloud, a crypto payment gateway: invoices paid in BTC, ETH, USDT and other coins.")
@HeaderAuth(header = "Authorization", prefix = "Token ")
public interface CryptoCloud {}
