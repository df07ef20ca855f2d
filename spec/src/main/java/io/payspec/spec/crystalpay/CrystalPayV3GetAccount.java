package io.payspec.spec.crystalpay;

import io.payspec.annotations.Decision;
import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.Endpoint;
import io.payspec.annotations.Envelope;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.ExampleOutcome;
import io.payspec.annotations.Field;
import io.payspec.annotations.Request;
import io.payspec.annotations.RequestExample;
import io.payspec.annotations.Response;
import io.payspec.annotations.ResponseExample;
import io.payspec.annotations.Timestamp;
import java.time.LocalDateTime;

/**
 * CrystalPay v3 "Получение информации о кассе" (Cash register information). The page is named in the
 * v3 navigation but no copy is stored: described from the SDKs (provider-docs/crystalpay-v3-me-info.ru.md).
 */
@Endpoint(
    provider = CrystalPay.class,
    version = "v3",
    operation = "getAccount",
    path = "/v3/me/info/",
    description = "Gets information about the cash register the credentials belong to (API v3).",
    source = "mrsmori/pycrystalpay:pycrystalpay/wrapper/async_/me.py and pycrystalpay/types/me.py "
        + "(provider-docs/crystalpay-v3-me-info.ru.md; page https://docs.crystalpay.io/metody-api/me-kassa/"
        + "poluchenie-informacii-o-kasse not stored)",
    sdkOnly = true)
@Envelope(EnvelopeKind.ERROR_FLAG)
@Errors(value = {ErrorShape.ERROR_LIST}, authenticationMessages = {"Invalid auth credentials"})
@RequestExample(
    name = "sdk",
    body = """
        {}""",
    note = "No page: pycrystalpay sends the credentials only, which are left out.")
@ResponseExample(
    name = "sdk-readme",
    body = """
        {
        "error": false,
        "errors": [],
        "id": 123456789,
        "name": "examplename",
        "status_level": 2,
        "created_at": "2023-07-19 12:34:56"
        }""",
    note = "No page: the example of the npm crystalpay-wrapper README (API v2 era), the same four fields as the v3 SDKs' "
        + "MeInfo / GetMe.")
@ResponseExample(
    name = "invalid-credentials",
    body = """
        {"error": true, "errors": ["Invalid auth credentials"]}""",
    outcome = ExampleOutcome.AUTHENTICATION_FAILED,
    note = "No page shows it: the error list of the specification page with the message README gives for a wrong login "
        + "or secret.")
public interface CrystalPayV3GetAccount {

  @Request(description = "A request for the cash register's information (API v3); only the credentials are sent.")
  interface GetAccountRequest {}

  @Response(description = "The cash register the credentials belong to (API v3), next to the error flag and list.")
  interface Account {
    @Field(value = "id", description = "Cash register ID")
    @Decision(
        topic = DecisionTopic.TYPE,
        page = "no page; int in pycrystalpay, aiocrystal and the npm crystalpay-wrapper README (123456789), a string in "
            + "the pypi crystalpayapi README (\"12345\")",
        chosen = "String",
        reason = "Reads both forms without loss; every other CrystalPay ID is a string and is only compared, never "
            + "computed with.")
    String id();

    @Field(value = "name", description = "Cash register name")
    String name();

    @Field(value = "status_level",
        description = "Status level of the cash register; a method needs at least its minimal_status_level (inferred)")
    Integer statusLevel();

    @Field(value = "created_at", description = "When the cash register was created")
    @Timestamp(pattern = "yyyy-MM-dd HH:mm:ss")
    @Decision(
        topic = DecisionTopic.TYPE,
        page = "no page; the SDKs read a string (\"2023-07-19 12:34:56\")",
        chosen = "LocalDateTime, pattern yyyy-MM-dd HH:mm:ss",
        reason = "README gives the format of every CrystalPay timestamp; no zone is documented, so none is assumed.")
    LocalDateTime createdAt();
  }
}
