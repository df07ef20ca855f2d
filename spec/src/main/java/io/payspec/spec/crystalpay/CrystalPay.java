package io.payspec.spec.crystalpay;

import io.payspec.annotations.BodyAuth;
import io.payspec.annotations.Provider;

/**
 * CrystalPay (crystalpay.io): every v3 call is a JSON {@code POST} carrying the cash register's login
 * and secret key in the body ({@code auth_login}, {@code auth_secret}).
 */
@Provider(
    id = "crystalpay",
    name = "CrystalPay",
    baseUrl = "https://api.crystalpay.io",
    javaPackage = "io.payspec.crystalpay",
    description = "CrystalPay, a payment service: invoices paid by the payer's choice of method.")
@BodyAuth(login = "auth_login", secret = "auth_secret")
public interface CrystalPay {}
