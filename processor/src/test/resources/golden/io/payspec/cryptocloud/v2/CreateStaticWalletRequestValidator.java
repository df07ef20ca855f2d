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
   * Every violation of the request, in field order; empty when it is valid.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  public static List<Violation> validate(CreateStaticWalletRequest request) {
    Violations violations = new Violations();
    check(request, null, violations);
    return violations.toList();
  }

  private static void check(CreateStaticWalletRequest value, String parent, Violations violations) {
    violations.required(path(parent, "shop_id"), value.shopId());
    violations.required(path(parent, "currency"), value.currency());
    violations.known(path(parent, "currency"), value.currency(), CryptoCurrency.knownWireValues());
    violations.required(path(parent, "identify"), value.identify());
  }

  private static String path(String parent, String field) {
    return parent == null ? field : parent + "." + field;
  }
}
