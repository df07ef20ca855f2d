package io.payspec.spec.nordpay;

import io.payspec.annotations.HeaderAuth;
import io.payspec.annotations.Provider;

/** NordPay (nord-pay.com): authenticates with the header {@code X-API-KEY: <key>}. */
@Provider(
    id = "nordpay",
    name = "NordPay",
    baseUrl = "https://api.nord-pay.com",
    javaPackage = "io.payspec.nordpay",
    description = "NordPay, a crypto payment gateway: invoices in one or several currencies, wallets, and withdrawals from"
        + " the balance.")
@HeaderAuth(header = "X-API-KEY")
public interface NordPay {}
