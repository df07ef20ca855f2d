package io.payspec.cryptocloud.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.payspec.runtime.error.ValidationException;
import io.payspec.runtime.json.RequestJson;
import io.payspec.runtime.json.Timestamps;
import io.payspec.runtime.validation.Violation;
import io.payspec.runtime.validation.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * A request for the invoices of a period (API v2).
 *
 * <p>Immutable; create it with {@link #builder()}. {@link Builder#build()} checks every documented rule and reports all violations at once.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@RequestJson
@JsonPropertyOrder({"start", "end", "offset", "limit"})
public final class ListInvoicesRequest {
  private static final DateTimeFormatter START_FORMAT = Timestamps.pattern("dd.MM.yyyy");

  private static final DateTimeFormatter END_FORMAT = Timestamps.pattern("dd.MM.yyyy");

  /**
   * What the provider uses when {@code limit} is not sent: {@code 10}.
   */
  public static final Integer DEFAULT_LIMIT = 10;

  private final LocalDate start;

  private final LocalDate end;

  private final Integer offset;

  private final Integer limit;

  private final boolean checkedByBuild;

  private ListInvoicesRequest(Builder builder, boolean checkedByBuild) {
    this.start = builder.start;
    this.end = builder.end;
    this.offset = builder.offset;
    this.limit = builder.limit;
    this.checkedByBuild = checkedByBuild;
  }

  @JsonProperty("start")
  private String startWire() {
    return Timestamps.format(start, START_FORMAT);
  }

  /**
   * Date in format dd.mm.yyyy.
   *
   * <p>Wire name {@code start}; required.
   *
   * <p>Departs from the page: <em>page:</em> string, "Date in format «dd.mm.yyyyy»" (five y); the ru copy and every example: dd.mm.yyyy; <em>chosen:</em> a date written dd.MM.yyyy; <em>because</em> Five y is a typo: the examples (01.01.2026) have four-digit years.
   *
   * @return the value, or {@code null} when it is not set
   */
  public LocalDate start() {
    return start;
  }

  @JsonProperty("end")
  private String endWire() {
    return Timestamps.format(end, END_FORMAT);
  }

  /**
   * Date in format dd.mm.yyyy; must be later or equal to start.
   *
   * <p>Wire name {@code end}; required.
   *
   * @return the value, or {@code null} when it is not set
   */
  public LocalDate end() {
    return end;
  }

  /**
   * Index of the starting record from which data retrieval begins; with offset=10 the data starts from the 11th record.
   *
   * <p>Wire name {@code offset}; at least 0.
   *
   * <p>Departs from the page: <em>page:</em> int, no bounds; <em>chosen:</em> at least 0; <em>because</em> A record index cannot be negative.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("offset")
  public Integer offset() {
    return offset;
  }

  /**
   * Number of the last record to retrieve: with limit=20 the records up to and including the 20th, starting from offset; by default the response contains 10 records, at most 100 per request.
   *
   * <p>Wire name {@code limit}; provider default {@code 10}; at least 0.
   *
   * <p>Departs from the page: <em>page:</em> "the number of the last record" (an end index) in the table; "by default 10 records, maximum 100 per request" (a page size) in the text; <em>chosen:</em> at least 0, no upper bound; <em>because</em> Read as an end index, limit may exceed 100 (offset 100, limit 150 asks for 50 records); a bound of 100 could refuse a request the service accepts, so the provider enforces its own maximum.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("limit")
  public Integer limit() {
    return limit;
  }

  boolean checkedByBuild() {
    // True for a request of Builder.build(), which checked every rule: being immutable, it obeys them
    // for good. False for one read from JSON or made by Builder.validate().
    return checkedByBuild;
  }

  /**
   * A new, empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this object's values, to derive a changed copy.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder copy = new Builder();
    copy.start = start;
    copy.end = end;
    copy.offset = offset;
    copy.limit = limit;
    return copy;
  }

  @JsonCreator
  static ListInvoicesRequest fromJson(@JsonProperty("start") String start,
      @JsonProperty("end") String end, @JsonProperty("offset") Integer offset,
      @JsonProperty("limit") Integer limit) {
    // Jackson reads JSON with this, without checking rules; callers validate what they read.
    Builder builder = new Builder();
    builder.start = Timestamps.localDate(start, START_FORMAT, "start");
    builder.end = Timestamps.localDate(end, END_FORMAT, "end");
    builder.offset = offset;
    builder.limit = limit;
    return new ListInvoicesRequest(builder, false);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ListInvoicesRequest that
        && Objects.equals(start, that.start)
        && Objects.equals(end, that.end)
        && Objects.equals(offset, that.offset)
        && Objects.equals(limit, that.limit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, offset, limit);
  }

  @Override
  public String toString() {
    return "ListInvoicesRequest{"
        + "start=" + start
        + ", end=" + end
        + ", offset=" + offset
        + ", limit=" + limit
        + "}";
  }

  /**
   * Builds {@link ListInvoicesRequest}. Not thread-safe; each {@code build()} returns a new immutable object.
   */
  @Generated("io.payspec.processor.PayspecProcessor")
  public static final class Builder {
    private LocalDate start;

    private LocalDate end;

    private Integer offset;

    private Integer limit;

    private Builder() {
    }

    /**
     * Date in format dd.mm.yyyy.
     *
     * <p>Wire name {@code start}; required.
     *
     * <p>Departs from the page: <em>page:</em> string, "Date in format «dd.mm.yyyyy»" (five y); the ru copy and every example: dd.mm.yyyy; <em>chosen:</em> a date written dd.MM.yyyy; <em>because</em> Five y is a typo: the examples (01.01.2026) have four-digit years.
     *
     * @param start the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder start(LocalDate start) {
      this.start = start;
      return this;
    }

    /**
     * Date in format dd.mm.yyyy; must be later or equal to start.
     *
     * <p>Wire name {@code end}; required.
     *
     * @param end the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder end(LocalDate end) {
      this.end = end;
      return this;
    }

    /**
     * Index of the starting record from which data retrieval begins; with offset=10 the data starts from the 11th record.
     *
     * <p>Wire name {@code offset}; at least 0.
     *
     * <p>Departs from the page: <em>page:</em> int, no bounds; <em>chosen:</em> at least 0; <em>because</em> A record index cannot be negative.
     *
     * @param offset the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder offset(Integer offset) {
      this.offset = offset;
      return this;
    }

    /**
     * Number of the last record to retrieve: with limit=20 the records up to and including the 20th, starting from offset; by default the response contains 10 records, at most 100 per request.
     *
     * <p>Wire name {@code limit}; provider default {@code 10}; at least 0.
     *
     * <p>Departs from the page: <em>page:</em> "the number of the last record" (an end index) in the table; "by default 10 records, maximum 100 per request" (a page size) in the text; <em>chosen:</em> at least 0, no upper bound; <em>because</em> Read as an end index, limit may exceed 100 (offset 100, limit 150 asks for 50 records); a bound of 100 could refuse a request the service accepts, so the provider enforces its own maximum.
     *
     * @param limit the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * Checks every documented rule against the values set so far, without throwing.
     *
     * @return every violation, each naming its wire path; empty when the request is valid
     */
    public List<Violation> validate() {
      return Validator.validate(new ListInvoicesRequest(this, false));
    }

    /**
     * Builds the request after checking every documented rule.
     *
     * @return the immutable request
     * @throws ValidationException listing every violation at once, each naming its wire path
     */
    public ListInvoicesRequest build() {
      ListInvoicesRequest request = new ListInvoicesRequest(this, true);
      List<Violation> violations = Validator.violationsOf(request);
      if (!violations.isEmpty()) {
        throw new ValidationException("CryptoCloud v2 listInvoices request", violations);
      }
      return request;
    }
  }

  /**
   * Checks a {@link ListInvoicesRequest} against every rule CryptoCloud documents for v2 listInvoices.
   */
  public static final class Validator {
    private static final BigDecimal OFFSET_MIN = new BigDecimal("0");

    private static final BigDecimal LIMIT_MIN = new BigDecimal("0");

    private Validator() {
    }

    /**
     * Every violation of the request, in field order; empty when it is valid. A request made by
     * {@link ListInvoicesRequest.Builder#build()} was checked there and, being immutable, is valid for good: it is not
     * checked again.
     *
     * @param request the request to check
     * @return the violations, each naming its wire path
     */
    public static List<Violation> validate(ListInvoicesRequest request) {
      return request.checkedByBuild() ? List.of() : violationsOf(request);
    }

    static List<Violation> violationsOf(ListInvoicesRequest request) {
      // Every violation of the request, however it was made; its builder checks with this.
      Violations violations = new Violations();
      check(request, violations);
      return violations.toList();
    }

    private static void check(ListInvoicesRequest value, Violations violations) {
      violations.required("start", value.start());
      violations.required("end", value.end());
      violations.range("offset", value.offset(), OFFSET_MIN, false, null);
      violations.range("limit", value.limit(), LIMIT_MIN, false, null);
    }
  }
}
