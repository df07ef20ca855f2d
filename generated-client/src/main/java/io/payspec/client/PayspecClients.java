package io.payspec.client;

import io.payspec.annotations.GenerateClients;

/**
 * The descriptors this jar's clients are generated from: every {@code @Endpoint} of the spec module
 * ({@code io.payspec.spec} and its subpackages), so a new descriptor cannot be left out. The spec
 * module compiles and checks them once and lists them in {@code io/payspec/index/endpoints.txt}; the
 * processor reads them here from the class path and writes the clients into this jar:
 * {@code io.payspec.cryptocloud.CryptoCloudClient}, {@code io.payspec.nordpay.NordPayClient},
 * {@code io.payspec.crystalpay.CrystalPayClient}.
 */
@GenerateClients(packages = "io.payspec.spec")
public final class PayspecClients {
  private PayspecClients() {}
}
