package io.payspec.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.payspec.cryptocloud.CryptoCloudClient;
import io.payspec.cryptocloud.v2.AddFields;
import io.payspec.cryptocloud.v2.CreateInvoiceRequest;
import io.payspec.cryptocloud.v2.CryptoCloudV2;
import io.payspec.cryptocloud.v2.CryptoCurrency;
import io.payspec.cryptocloud.v2.GetInvoicesRequest;
import io.payspec.runtime.error.ValidationException;
import io.payspec.runtime.validation.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A request is checked once: {@code build()} checks it, and a call does not check it again; a request
 * made another way (read from JSON) is checked at call time, and nothing is sent when it breaks a rule.
 * What {@code build()} returns cannot change afterwards, so it stays valid.
 */
class CheckedOnceContractTest {
  private final StubServer server = StubServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aRequestReadFromJsonIsCheckedAtCallTimeAndNothingIsSent() throws Exception {
    CreateInvoiceRequest unchecked = JsonAssert.MAPPER.readValue(
        "{\"shop_id\":\"s\",\"amount\":10,\"add_fields\":{\"time_to_pay\":{\"minutes\":60},\"available_currencies\":[]}}",
        CreateInvoiceRequest.class);
    CryptoCloudClient client = CryptoCloudClient.builder().baseUrl(server.baseUrl()).apiKey("key").build();

    ValidationException e = assertThrows(ValidationException.class, () -> client.v2().createInvoice(unchecked));

    assertEquals(List.of("add_fields.time_to_pay.minutes", "add_fields.available_currencies"),
        e.violations().stream().map(Violation::path).toList());
    assertEquals(e.violations(), CryptoCloudV2.CREATE_INVOICE.validator().apply(unchecked));
    assertEquals(0, server.requests().size());
  }

  @Test
  void whatBuildReturnsDoesNotChangeWithTheListsItWasBuiltFrom() {
    List<String> uuids = new ArrayList<>(List.of("INV-1"));
    GetInvoicesRequest.Builder builder = GetInvoicesRequest.builder().uuids(uuids);
    GetInvoicesRequest request = builder.build();
    CryptoCurrency[] currencies = {CryptoCurrency.BTC};
    AddFields fields = AddFields.builder().availableCurrencies(currencies).build();

    uuids.clear();
    currencies[0] = CryptoCurrency.UNKNOWN;

    assertEquals(List.of("INV-1"), request.uuids());
    assertEquals(List.of("INV-1"), builder.build().uuids());
    assertEquals(List.of(CryptoCurrency.BTC), fields.availableCurrencies());
    assertThrows(UnsupportedOperationException.class, () -> request.uuids().add("INV-2"));
    assertEquals(List.of(), CryptoCloudV2.GET_INVOICES.validator().apply(request));
  }

  @Test
  void aNullElementIsKeptForTheValidatorToNameByIndex() {
    AddFields fields = AddFields.builder().availableCurrencies(Arrays.asList(CryptoCurrency.BTC, null)).build();
    AddFields fromArray = AddFields.builder().availableCurrencies(CryptoCurrency.BTC, null).build();

    ValidationException e = assertThrows(ValidationException.class,
        () -> CreateInvoiceRequest.builder().shopId("s").amount(BigDecimal.TEN).addFields(fields).build());

    assertEquals("add_fields.available_currencies[1]", e.violations().get(0).path());
    assertEquals(fields.availableCurrencies(), fromArray.availableCurrencies());
    assertThrows(UnsupportedOperationException.class, () -> fromArray.availableCurrencies().set(0, CryptoCurrency.ETH));
  }

  @Test
  void aChangedCopyIsCheckedAgain() {
    CreateInvoiceRequest request = CreateInvoiceRequest.builder().shopId("s").amount(BigDecimal.TEN).build();

    ValidationException e = assertThrows(ValidationException.class,
        () -> request.toBuilder().amount(BigDecimal.ZERO).build());

    assertEquals("amount", e.violations().get(0).path());
  }
}
