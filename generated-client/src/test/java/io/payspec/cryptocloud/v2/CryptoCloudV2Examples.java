package io.payspec.cryptocloud.v2;

/**
 * The bodies of provider-docs/cryptocloud-v2-invoice-create.en.md and provider-docs/README.md, verbatim
 * where the documentation shows them.
 */
final class CryptoCloudV2Examples {
  private CryptoCloudV2Examples() {}

  /** The cURL example's body ("Request examples"). */
  static final String PAGE_REQUEST = """
      {"amount": 100, "shop_id": "xBAivfPIbskwuEWj", "currency": "USD"}""";

  /** The same request as the client writes it: descriptor field order, no spaces. */
  static final String PAGE_REQUEST_BYTES = """
      {"shop_id":"xBAivfPIbskwuEWj","amount":100,"currency":"USD"}""";

  /** The "200: OK – Invoice has been created" example: envelope and result. */
  static final String PAGE_RESPONSE = """
      {
          "status": "success",
          "result": {
              "uuid": "INV-89UX09KA",
              "created": "2026-01-27 09:03:58.958133",
              "address": "0xb07427fc721C23674c48233ffE93D3846ee58B63",
              "expiry_date": "2026-01-28 09:03:57.493361",
              "side_commission": "client",
              "side_commission_service": "merchant",
              "type_payments": "crypto",
              "amount": 0.034187,
              "amount_usd": 100.0,
              "amount_in_fiat": 100.0,
              "fee": 1.499999996212864e-06,
              "fee_usd": 0.0,
              "service_fee": 0.00065,
              "service_fee_usd": 1.9,
              "fiat_currency": "USD",
              "status": "created",
              "is_email_required": false,
              "link": "https://pay.cryptocloud.plus/89UX09KA",
              "invoice_id": null,
              "currency": {
                  "id": 3,
                  "code": "ETH",
                  "fullcode": "ETH",
                  "network": {
                      "code": "ERC20",
                      "id": 3,
                      "icon": "https://cdn.cryptocloud.plus/img/network/ERC.svg",
                      "fullname": "Ethereum"
                  },
                  "name": "Ethereum",
                  "is_email_required": false,
                  "stablecoin": false,
                  "icon_base": "https://cdn.cryptocloud.plus/img/currency/ETH.svg",
                  "icon_network": "https://cdn.cryptocloud.plus/img/currency/ETH.svg",
                  "icon_qr": "https://cdn.cryptocloud.plus/img/stroke/ETH_STROKE.svg",
                  "order": 9
              },
              "project": {
                  "id": 1,
                  "name": "Test",
                  "fail": "https://test.com/failed-payment",
                  "success": "https://test.com/successful-payment",
                  "logo": "https://static.cryptocloud.plus/logo/L52hWwjt98uYtUF91765782359.174416.jpg"
              },
              "test_mode": false
          }
      }""";

  /**
   * A result as other pages show it (README): {@code side_commission_cc} instead of
   * {@code side_commission_service}, no cryptocurrency selected (address null), a timestamp without
   * fraction, project.logo as the placeholder, plus fields the descriptor does not know.
   */
  static String readmeVariant(String logoJson) {
    return """
        {
            "uuid": "INV-ABCD1234",
            "created": "2026-01-01 12:00:00",
            "address": null,
            "expiry_date": "2026-01-02 12:00:00.000000",
            "side_commission": "merchant",
            "side_commission_cc": "client",
            "type_payments": "crypto",
            "amount": 0.033366,
            "amount_usd": 100.0,
            "amount_in_fiat": 9000.0,
            "fee": 4.500000159168849e-06,
            "fee_usd": 0.01,
            "service_fee": 0.000634,
            "service_fee_usd": 1.9,
            "fiat_currency": "RUB",
            "status": "paid",
            "is_email_required": true,
            "link": "https://pay.cryptocloud.plus/ABCD1234",
            "invoice_id": "ABCD1234",
            "currency": {
                "id": 11, "code": "USDT", "fullcode": "USDT_TRC20",
                "network": {"code": "TRC20", "id": 4, "icon": "https://cdn.cryptocloud.plus/img/network/TRC.svg",
                            "fullname": "Tron", "explorer": "https://tronscan.org"},
                "name": "Tether", "is_email_required": false, "stablecoin": true,
                "icon_base": "https://cdn.cryptocloud.plus/img/currency/USDT.svg",
                "icon_network": "https://cdn.cryptocloud.plus/img/currency/USDT_TRC20.svg",
                "icon_qr": "https://cdn.cryptocloud.plus/img/stroke/USDT_STROKE.svg",
                "order": 1, "min_sum": 1.0
            },
            "project": {"id": 0, "name": "MyShop", "fail": "https://test.com/failed-payment",
                        "success": "https://test.com/successful-payment", "logo": %s, "brand": {"color": "#fff"}},
            "test_mode": true,
            "new_top_level_field": {"nested": [1, 2, 3]},
            "another_one": "x"
        }""".formatted(logoJson);
  }
}
