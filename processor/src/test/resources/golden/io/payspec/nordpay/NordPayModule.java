package io.payspec.nordpay;

import io.payspec.nordpay.v1.NordPayV1;
import io.payspec.nordpay.v1.PostbackVerifier;
import io.payspec.runtime.meta.NotificationInfo;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderInfo;
import io.payspec.runtime.meta.ProviderModule;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * NordPay for tools that discover providers with {@link java.util.ServiceLoader}.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class NordPayModule implements ProviderModule {
  /**
   * Called by {@link java.util.ServiceLoader}.
   */
  public NordPayModule() {
  }

  @Override
  public ProviderInfo provider() {
    return NordPayClient.PROVIDER;
  }

  @Override
  public List<NotificationInfo<?>> notifications() {
    return List.of(PostbackVerifier.INFO);
  }

  @Override
  public List<Operation<?, ?>> operations() {
    return NordPayV1.operations().stream().toList();
  }
}
