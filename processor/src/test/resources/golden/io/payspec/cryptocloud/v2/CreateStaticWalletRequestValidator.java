package io.payspec.cryptocloud.v2;

import io.payspec.runtime.validation.Violation;
import io.payspec.runtime.validation.Violations;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Checks a {@link CreateStaticWalletRequest} against every rule CryptoCloud documents for v2 createStaticWallet.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class CreateStaticWalletRequestValidator {
  private CreateStaticWalletRequestValidator() {
  }

  /**
   * Every violation of the request, in field order; empty when it is valid. A request made by
   * {@link CreateStaticWalletRequest.Builder#build()} was checked there and, being immutable, is valid for good: it is not
   * checked again.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  public static List<Violation> validate(CreateStaticWalletRequest request) {
    return request.checkedByBuild() ? List.of() : violationsOf(request);
  }

  /**
   * Every violation of the request, however it was made; its builder checks with this.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  static List<Violation> violationsOf(CreateStaticWalletRequest request) {
    Violations violations = new Violations();
    check(request, violations);
    return violations.toList();
  }

  private static void check(CreateStaticWalletRequest value, Violations violations) {
    violations.required("shop_id", value.shopId());
    violations.required("currency", value.currency());
    violations.known("currency", value.currency(), CryptoCurrency.knownWireValues());
    violations.required("identify", value.identify());
  }
}
