package io.payspec.crystalpay;

import io.payspec.crystalpay.v3.CrystalPayV3;
import io.payspec.crystalpay.v3.InvoiceCallbackVerifier;
import io.payspec.crystalpay.v3.PayoffCallbackVerifier;
import io.payspec.runtime.meta.NotificationInfo;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderInfo;
import io.payspec.runtime.meta.ProviderModule;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * CrystalPay for tools that discover providers with {@link java.util.ServiceLoader}.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class CrystalPayModule implements ProviderModule {
  /**
   * Called by {@link java.util.ServiceLoader}.
   */
  public CrystalPayModule() {
  }

  @Override
  public ProviderInfo provider() {
    return CrystalPayClient.PROVIDER;
  }

  @Override
  public List<NotificationInfo<?>> notifications() {
    return List.of(InvoiceCallbackVerifier.INFO, PayoffCallbackVerifier.INFO);
  }

  @Override
  public List<Operation<?, ?>> operations() {
    return CrystalPayV3.operations().stream().toList();
  }
}
