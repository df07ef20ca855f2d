package io.payspec.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.payspec.cryptocloud.CryptoCloudClient;
import io.payspec.cryptocloud.v1.CryptoCloudV1;
import io.payspec.cryptocloud.v2.CryptoCloudV2;
import io.payspec.crystalpay.CrystalPayClient;
import io.payspec.crystalpay.v3.CrystalPayV3;
import io.payspec.nordpay.NordPayClient;
import io.payspec.nordpay.v1.NordPayV1;
import io.payspec.runtime.meta.AuthInfo;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderModule;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generated providers as tools discover them: ServiceLoader, provider metadata, operations. */
class ProviderModulesTest {
  private static Map<String, ProviderModule> installed() {
    return ProviderModule.installed().stream()
        .collect(Collectors.toMap(module -> module.provider().id(), Function.identity()));
  }

  @Test
  void serviceLoaderFindsTheThreeProviders() {
    List<String> ids = ProviderModule.installed().stream().map(module -> module.provider().id())
        .sorted(Comparator.naturalOrder()).toList();
    assertEquals(List.of("cryptocloud", "crystalpay", "nordpay"), ids);
  }

  @Test
  void eachModuleListsItsOperationsOldestVersionFirst() {
    Map<String, ProviderModule> modules = installed();
    assertEquals(List.<Operation<?, ?>>of(CryptoCloudV1.CREATE_INVOICE, CryptoCloudV1.GET_INVOICE,
            CryptoCloudV2.CANCEL_INVOICE, CryptoCloudV2.CREATE_INVOICE, CryptoCloudV2.CREATE_STATIC_WALLET,
            CryptoCloudV2.CREATE_WITHDRAWAL, CryptoCloudV2.GET_BALANCE, CryptoCloudV2.GET_INVOICES,
            CryptoCloudV2.GET_STATISTICS, CryptoCloudV2.LIST_INVOICES),
        modules.get("cryptocloud").operations());
    assertEquals(List.<Operation<?, ?>>of(NordPayV1.CREATE_INVOICE), modules.get("nordpay").operations());
    assertEquals(List.<Operation<?, ?>>of(CrystalPayV3.CREATE_INVOICE), modules.get("crystalpay").operations());
    modules.values().forEach(module -> module.operations()
        .forEach(op -> assertSame(module.provider(), op.provider(), op.displayName())));
  }

  @Test
  void providersCarryTheirDocumentedBaseUrlAndAuthentication() {
    Map<String, ProviderModule> modules = installed();
    assertSame(CryptoCloudClient.PROVIDER, modules.get("cryptocloud").provider());
    assertSame(NordPayClient.PROVIDER, modules.get("nordpay").provider());
    assertSame(CrystalPayClient.PROVIDER, modules.get("crystalpay").provider());

    assertEquals("https://api.cryptocloud.plus", CryptoCloudClient.PROVIDER.baseUrl());
    assertEquals(AuthInfo.header("Authorization", "Token "), CryptoCloudClient.PROVIDER.auth());
    assertEquals(List.of("api_key"), CryptoCloudClient.PROVIDER.auth().credentialNames());

    assertEquals("https://api.nord-pay.com", NordPayClient.PROVIDER.baseUrl());
    assertEquals("X-API-KEY", NordPayClient.PROVIDER.auth().header());
    assertEquals("", NordPayClient.PROVIDER.auth().prefix());

    assertEquals("https://api.crystalpay.io", CrystalPayClient.PROVIDER.baseUrl());
    assertEquals(AuthInfo.body("auth_login", "auth_secret"), CrystalPayClient.PROVIDER.auth());
    assertEquals(List.of("auth_login", "auth_secret"), CrystalPayClient.PROVIDER.auth().credentialNames());
    assertEquals(List.of(false, true), CrystalPayClient.PROVIDER.auth().credentialNames().stream()
        .map(CrystalPayClient.PROVIDER.auth()::isSecret).toList());
  }

  @Test
  void displayNamesNameProviderVersionAndOperation() {
    assertEquals(List.of("CryptoCloud v1 createInvoice", "CryptoCloud v2 createInvoice", "NordPay v1 createInvoice",
            "CrystalPay v3 createInvoice"),
        List.of(CryptoCloudV1.CREATE_INVOICE.displayName(), CryptoCloudV2.CREATE_INVOICE.displayName(),
            NordPayV1.CREATE_INVOICE.displayName(), CrystalPayV3.CREATE_INVOICE.displayName()));
  }
}
