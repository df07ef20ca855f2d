package io.payspec.nordpay.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.payspec.runtime.error.ValidationException;
import io.payspec.runtime.json.RequestJson;
import io.payspec.runtime.json.Timestamps;
import io.payspec.runtime.validation.Violation;
import io.payspec.runtime.validation.Violations;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Which wallet's transactions to get, optionally only those between two dates.
 *
 * <p>Immutable; create it with {@link #builder()}. {@link Builder#build()} checks every documented rule and reports all violations at once.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@RequestJson
@JsonPropertyOrder({"id", "start_date", "end_date"})
public final class GetWalletTransactionsRequest {
  private static final DateTimeFormatter START_DATE_FORMAT = Timestamps.pattern("yyyy-MM-dd");

  private static final DateTimeFormatter END_DATE_FORMAT = Timestamps.pattern("yyyy-MM-dd");

  private final Long walletId;

  private final LocalDate startDate;

  private final LocalDate endDate;

  private final boolean checkedByBuild;

  private GetWalletTransactionsRequest(Builder builder, boolean checkedByBuild) {
    this.walletId = builder.walletId;
    this.startDate = builder.startDate;
    this.endDate = builder.endDate;
    this.checkedByBuild = checkedByBuild;
  }

  /**
   * The wallet's ID.
   *
   * <p>Wire name {@code id}; required; sent in the path.
   *
   * <p>Departs from the page: <em>page:</em> {id} in the path, no type given (placeholder your-wallet-id); <em>chosen:</em> Long; <em>because</em> A wallet's id is an integer in every response (createWallet, the transaction's source).
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("id")
  public Long walletId() {
    return walletId;
  }

  @JsonProperty("start_date")
  private String startDateWire() {
    return Timestamps.format(startDate, START_DATE_FORMAT);
  }

  /**
   * Start date for transactions.
   *
   * <p>Wire name {@code start_date}; sent in the query string.
   *
   * <p>Departs from the page: <em>page:</em> date, datetime (example: 2025-06-01); <em>chosen:</em> a date, written yyyy-MM-dd; <em>because</em> Every example sends a date; one typed form keeps the query exact. A datetime is not offered.
   *
   * @return the value, or {@code null} when it is not set
   */
  public LocalDate startDate() {
    return startDate;
  }

  @JsonProperty("end_date")
  private String endDateWire() {
    return Timestamps.format(endDate, END_DATE_FORMAT);
  }

  /**
   * End date for transactions.
   *
   * <p>Wire name {@code end_date}; sent in the query string.
   *
   * <p>Departs from the page: <em>page:</em> date, datetime (example: 2025-06-10); <em>chosen:</em> a date, written yyyy-MM-dd; <em>because</em> Every example sends a date; one typed form keeps the query exact. A datetime is not offered.
   *
   * @return the value, or {@code null} when it is not set
   */
  public LocalDate endDate() {
    return endDate;
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
    copy.walletId = walletId;
    copy.startDate = startDate;
    copy.endDate = endDate;
    return copy;
  }

  @JsonCreator
  static GetWalletTransactionsRequest fromJson(@JsonProperty("id") Long walletId,
      @JsonProperty("start_date") String startDate, @JsonProperty("end_date") String endDate) {
    // Jackson reads JSON with this, without checking rules; callers validate what they read.
    Builder builder = new Builder();
    builder.walletId = walletId;
    builder.startDate = Timestamps.localDate(startDate, START_DATE_FORMAT, "start_date");
    builder.endDate = Timestamps.localDate(endDate, END_DATE_FORMAT, "end_date");
    return new GetWalletTransactionsRequest(builder, false);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GetWalletTransactionsRequest that
        && Objects.equals(walletId, that.walletId)
        && Objects.equals(startDate, that.startDate)
        && Objects.equals(endDate, that.endDate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(walletId, startDate, endDate);
  }

  @Override
  public String toString() {
    return "GetWalletTransactionsRequest{"
        + "id=" + walletId
        + ", start_date=" + startDate
        + ", end_date=" + endDate
        + "}";
  }

  /**
   * Builds {@link GetWalletTransactionsRequest}. Not thread-safe; each {@code build()} returns a new immutable object.
   */
  @Generated("io.payspec.processor.PayspecProcessor")
  public static final class Builder {
    private Long walletId;

    private LocalDate startDate;

    private LocalDate endDate;

    private Builder() {
    }

    /**
     * The wallet's ID.
     *
     * <p>Wire name {@code id}; required; sent in the path.
     *
     * <p>Departs from the page: <em>page:</em> {id} in the path, no type given (placeholder your-wallet-id); <em>chosen:</em> Long; <em>because</em> A wallet's id is an integer in every response (createWallet, the transaction's source).
     *
     * @param walletId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder walletId(Long walletId) {
      this.walletId = walletId;
      return this;
    }

    /**
     * Start date for transactions.
     *
     * <p>Wire name {@code start_date}; sent in the query string.
     *
     * <p>Departs from the page: <em>page:</em> date, datetime (example: 2025-06-01); <em>chosen:</em> a date, written yyyy-MM-dd; <em>because</em> Every example sends a date; one typed form keeps the query exact. A datetime is not offered.
     *
     * @param startDate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder startDate(LocalDate startDate) {
      this.startDate = startDate;
      return this;
    }

    /**
     * End date for transactions.
     *
     * <p>Wire name {@code end_date}; sent in the query string.
     *
     * <p>Departs from the page: <em>page:</em> date, datetime (example: 2025-06-10); <em>chosen:</em> a date, written yyyy-MM-dd; <em>because</em> Every example sends a date; one typed form keeps the query exact. A datetime is not offered.
     *
     * @param endDate the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder endDate(LocalDate endDate) {
      this.endDate = endDate;
      return this;
    }

    /**
     * Checks every documented rule against the values set so far, without throwing.
     *
     * @return every violation, each naming its wire path; empty when the request is valid
     */
    public List<Violation> validate() {
      return Validator.validate(new GetWalletTransactionsRequest(this, false));
    }

    /**
     * Builds the request after checking every documented rule.
     *
     * @return the immutable request
     * @throws ValidationException listing every violation at once, each naming its wire path
     */
    public GetWalletTransactionsRequest build() {
      GetWalletTransactionsRequest request = new GetWalletTransactionsRequest(this, true);
      List<Violation> violations = Validator.violationsOf(request);
      if (!violations.isEmpty()) {
        throw new ValidationException("NordPay v1 getWalletTransactions request", violations);
      }
      return request;
    }
  }

  /**
   * Checks a {@link GetWalletTransactionsRequest} against every rule NordPay documents for v1 getWalletTransactions.
   */
  public static final class Validator {
    private Validator() {
    }

    /**
     * Every violation of the request, in field order; empty when it is valid. A request made by
     * {@link GetWalletTransactionsRequest.Builder#build()} was checked there and, being immutable, is valid for good: it is not
     * checked again.
     *
     * @param request the request to check
     * @return the violations, each naming its wire path
     */
    public static List<Violation> validate(GetWalletTransactionsRequest request) {
      return request.checkedByBuild() ? List.of() : violationsOf(request);
    }

    static List<Violation> violationsOf(GetWalletTransactionsRequest request) {
      // Every violation of the request, however it was made; its builder checks with this.
      Violations violations = new Violations();
      check(request, violations);
      return violations.toList();
    }

    private static void check(GetWalletTransactionsRequest value, Violations violations) {
      violations.required("id", value.walletId());
    }
  }
}
