package io.payspec.client;

import io.payspec.annotations.GenerateClients;
import io.payspec.spec.cryptocloud.CryptoCloudV1CreateInvoice;
import io.payspec.spec.cryptocloud.CryptoCloudV2CreateInvoice;
import io.payspec.spec.crystalpay.CrystalPayV3CreateInvoice;
import io.payspec.spec.nordpay.NordPayV1CreateInvoice;

/**
 * The descriptors this jar's clients are generated from. The spec module compiles and checks them
 * once; the processor reads them here from the class path and writes the clients into this jar:
 * {@code io.payspec.cryptocloud.CryptoCloudClient}, {@code io.payspec.nordpay.NordPayClient},
 * {@code io.payspec.crystalpay.CrystalPayClient}.
 */
@GenerateClients({
  CryptoCloudV1CreateInvoice.class,
  CryptoCloudV2CreateInvoice.class,
  NordPayV1CreateInvoice.class,
  CrystalPayV3CreateInvoice.class
})
public final class PayspecClients {
  private PayspecClients() {}
}
