package io.payspec.spec.cryptocloud;

import io.payspec.annotations.Decision;
import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.Endpoint;
import io.payspec.annotations.Envelope;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.Field;
import io.payspec.annotations.Request;
import io.payspec.annotations.RequestExample;
import io.payspec.annotations.Response;
import io.payspec.annotations.ResponseExample;
import io.payspec.annotations.Timestamp;
import io.payspec.annotations.WireObject;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * CryptoCloud v2 "Statistics" (provider-docs/cryptocloud-v2-statistics.en.md): the number and the USD
 * amount of the invoices of a period, by status.
 */
@Endpoint(
    provider = CryptoCloud.class,
    version = "v2",
    operation = "getStatistics",
    path = "/v2/invoice/merchant/statistics",
    description = "Returns statistics on invoice statuses for the specified period: counts and amounts in USD (API v2).",
    source = "https://docs.cryptocloud.plus/en/api-reference-v2/statistics")
@Envelope(EnvelopeKind.STATUS_AND_RESULT)
@Errors(
    value = {ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL},
    authenticationKeys = {"authorization"},
    authenticationMessages = {"Signature verification failed", "Invalid header padding"},
    unavailableStatuses = {406})
@Decision(
    topic = DecisionTopic.OTHER,
    field = "end",
    page = "\"Must be greater than or equal to start\"",
    chosen = "not checked by the client; the provider answers with its error",
    reason = "The vocabulary has no rule comparing two fields.")
@RequestExample(
    name = "page",
    body = """
        {"start":"01.01.2023","end":"31.01.2023"}""",
    note = "The cURL tab's body; the Python tab sends the same dates.")
@ResponseExample(
    name = "statistics",
    body = """
        {
            "status": "success",
            "result": {
                "count": {
                    "all": 59,
                    "created": 41,
                    "paid": 16,
                    "overpaid": 1,
                    "partial": 1,
                    "canceled": 0
                },
                "amount": {
                    "all": 4683.83,
                    "created": 3032.63,
                    "paid": 1531.0,
                    "overpaid": 100.2,
                    "partial": 20.0,
                    "canceled": 0
                }
            }
        }""",
    note = "The 2024 revision's tab \"200: OK Successful response\".")
@ResponseExample(
    name = "table",
    body = """
        {
            "status": "success",
            "result": {
                "count": { "all": 907, "created": 4, "paid": 90, "overpaid": 8, "partial": 6, "canceled": 799 },
                "amount": { "all": 214356.22712, "created": 4.0, "paid": 629.729137, "overpaid": 36.82, "partial": 11.4, "canceled": 213674.277983 }
            }
        }""",
    note = "The current revision's response table shows count and amount as examples, not a whole body; they are "
        + "put in the v2 envelope as the 2024 example is.")
public interface CryptoCloudV2GetStatistics {

  @Request(description = "A request for the invoice statistics of a period (API v2).")
  interface GetStatisticsRequest {
    @Field(value = "start", required = true, description = "Date in format dd.mm.yyyy")
    @Timestamp(pattern = "dd.MM.yyyy")
    @Decision(
        topic = DecisionTopic.TYPE,
        page = "string, \"Date in format «dd.mm.yyyyy»\" (five y); every example: dd.mm.yyyy",
        chosen = "a date written dd.MM.yyyy",
        reason = "Five y is a typo: the examples (01.01.2023) have four-digit years.")
    LocalDate start();

    @Field(value = "end", required = true, description = "Date in format dd.mm.yyyy; must be greater than or equal to start")
    @Timestamp(pattern = "dd.MM.yyyy")
    LocalDate end();
  }

  @Response(description = "Invoice statistics of the period: numbers of invoices and their amounts in USD, by status.")
  interface Statistics {
    @Field(value = "count", description = "Object containing values for the number of invoices")
    StatusCounts count();

    @Field(value = "amount", description = "Object containing values for amounts in USD")
    StatusAmounts amount();
  }

  @WireObject(description = "Numbers of invoices, by status (result.count).")
  interface StatusCounts {
    @Field(value = "all", description = "All invoices")
    Integer all();

    @Field(value = "created", description = "Invoices with the \"Created\" status")
    Integer created();

    @Field(value = "paid", description = "Invoices with the \"Paid\" status")
    Integer paid();

    @Field(value = "overpaid", description = "Invoices with the \"Overpaid\" status")
    Integer overpaid();

    @Field(value = "partial", description = "Invoices with the \"Partially paid\" status")
    Integer partial();

    @Field(value = "canceled", description = "Invoices with the \"Canceled\" status")
    Integer canceled();
  }

  // Amounts mix integer and float forms ("canceled": 0 next to 1531.0): BigDecimal reads both exactly.
  @WireObject(description = "Amounts of invoices in USD, by status (result.amount).")
  interface StatusAmounts {
    @Field(value = "all", description = "All invoices, in USD")
    BigDecimal all();

    @Field(value = "created", description = "Invoices with the \"Created\" status, in USD")
    BigDecimal created();

    @Field(value = "paid", description = "Invoices with the \"Paid\" status, in USD")
    BigDecimal paid();

    @Field(value = "overpaid", description = "Invoices with the \"Overpaid\" status, in USD")
    BigDecimal overpaid();

    @Field(value = "partial", description = "Invoices with the \"Partially paid\" status, in USD")
    BigDecimal partial();

    @Field(value = "canceled", description = "Invoices with the \"Canceled\" status, in USD")
    BigDecimal canceled();
  }
}
