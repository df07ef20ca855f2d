package io.payspec.madeup.spec;

import io.payspec.annotations.Field;
import io.payspec.annotations.Notification;
import io.payspec.annotations.Response;
import io.payspec.annotations.ResponseExample;
import io.payspec.annotations.SecretField;
import java.math.BigDecimal;

/** Acme v1 "Postback": authentic when its {@code postback_secret} equals the shop's. */
@Notification(
    provider = Acme.class,
    version = "v1",
    name = "postback",
    description = "Sent to the shop when an invoice is paid; authentic when postback_secret equals the shop's secret.")
@SecretField(field = "postback_secret", credential = "postback_secret")
@ResponseExample(name = "page", body = """
    {"postback_secret": "xxxx", "uuid": "INV-AAAA1111", "amount": 200, "status": "paid"}""")
public interface AcmeV1Postback {

  @Response(description = "An Acme postback, once its secret is verified.")
  interface Postback {
    @Field(value = "uuid", description = "Invoice identifier")
    String uuid();

    @Field(value = "amount", nullable = true, description = "Amount paid")
    BigDecimal amount();

    @Field(value = "status", nullable = true, description = "Invoice status")
    String status();
  }
}
