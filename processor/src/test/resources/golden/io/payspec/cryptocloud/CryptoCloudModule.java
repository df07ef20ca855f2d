package io.payspec.cryptocloud;

import io.payspec.cryptocloud.v1.CryptoCloudV1;
import io.payspec.cryptocloud.v1.PostbackVerifier;
import io.payspec.cryptocloud.v2.CryptoCloudV2;
import io.payspec.runtime.meta.NotificationInfo;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderInfo;
import io.payspec.runtime.meta.ProviderModule;
import java.util.List;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;

/**
 * CryptoCloud for tools that discover providers with {@link java.util.ServiceLoader}.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class CryptoCloudModule implements ProviderModule {
  /**
   * Called by {@link java.util.ServiceLoader}.
   */
  public CryptoCloudModule() {
  }

  @Override
  public ProviderInfo provider() {
    return CryptoCloudClient.PROVIDER;
  }

  @Override
  public List<NotificationInfo<?>> notifications() {
    return List.of(PostbackVerifier.INFO, io.payspec.cryptocloud.v2.PostbackVerifier.INFO);
  }

  @Override
  public List<Operation<?, ?>> operations() {
    return Stream.concat(CryptoCloudV1.operations().stream(),
        CryptoCloudV2.operations().stream()).toList();
  }
}
