package io.payspec.cryptocloud.v2;

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
 * A request for the invoice statistics of a period (API v2).
 *
 * <p>Immutable; create it with {@link #builder()}. {@link Builder#build()} checks every documented rule and reports all violations at once.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@RequestJson
@JsonPropertyOrder({"start", "end"})
public final class GetStatisticsRequest {
  private static final DateTimeFormatter START_FORMAT = Timestamps.pattern("dd.MM.yyyy");

  private static final DateTimeFormatter END_FORMAT = Timestamps.pattern("dd.MM.yyyy");

  private final LocalDate start;

  private final LocalDate end;

  private final boolean checkedByBuild;

  private GetStatisticsRequest(Builder builder, boolean checkedByBuild) {
    this.start = builder.start;
    this.end = builder.end;
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
   * <p>Departs from the page: <em>page:</em> string, "Date in format «dd.mm.yyyyy»" (five y); every example: dd.mm.yyyy; <em>chosen:</em> a date written dd.MM.yyyy; <em>because</em> Five y is a typo: the examples (01.01.2023) have four-digit years.
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
   * Date in format dd.mm.yyyy; must be greater than or equal to start.
   *
   * <p>Wire name {@code end}; required.
   *
   * @return the value, or {@code null} when it is not set
   */
  public LocalDate end() {
    return end;
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
    return copy;
  }

  @JsonCreator
  static GetStatisticsRequest fromJson(@JsonProperty("start") String start,
      @JsonProperty("end") String end) {
    // Jackson reads JSON with this, without checking rules; callers validate what they read.
    Builder builder = new Builder();
    builder.start = Timestamps.localDate(start, START_FORMAT, "start");
    builder.end = Timestamps.localDate(end, END_FORMAT, "end");
    return new GetStatisticsRequest(builder, false);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GetStatisticsRequest that
        && Objects.equals(start, that.start)
        && Objects.equals(end, that.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  @Override
  public String toString() {
    return "GetStatisticsRequest{"
        + "start=" + start
        + ", end=" + end
        + "}";
  }

  /**
   * Builds {@link GetStatisticsRequest}. Not thread-safe; each {@code build()} returns a new immutable object.
   */
  @Generated("io.payspec.processor.PayspecProcessor")
  public static final class Builder {
    private LocalDate start;

    private LocalDate end;

    private Builder() {
    }

    /**
     * Date in format dd.mm.yyyy.
     *
     * <p>Wire name {@code start}; required.
     *
     * <p>Departs from the page: <em>page:</em> string, "Date in format «dd.mm.yyyyy»" (five y); every example: dd.mm.yyyy; <em>chosen:</em> a date written dd.MM.yyyy; <em>because</em> Five y is a typo: the examples (01.01.2023) have four-digit years.
     *
     * @param start the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder start(LocalDate start) {
      this.start = start;
      return this;
    }

    /**
     * Date in format dd.mm.yyyy; must be greater than or equal to start.
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
     * Checks every documented rule against the values set so far, without throwing.
     *
     * @return every violation, each naming its wire path; empty when the request is valid
     */
    public List<Violation> validate() {
      return Validator.validate(new GetStatisticsRequest(this, false));
    }

    /**
     * Builds the request after checking every documented rule.
     *
     * @return the immutable request
     * @throws ValidationException listing every violation at once, each naming its wire path
     */
    public GetStatisticsRequest build() {
      GetStatisticsRequest request = new GetStatisticsRequest(this, true);
      List<Violation> violations = Validator.violationsOf(request);
      if (!violations.isEmpty()) {
        throw new ValidationException("CryptoCloud v2 getStatistics request", violations);
      }
      return request;
    }
  }

  /**
   * Checks a {@link GetStatisticsRequest} against every rule CryptoCloud documents for v2 getStatistics.
   */
  public static final class Validator {
    private Validator() {
    }

    /**
     * Every violation of the request, in field order; empty when it is valid. A request made by
     * {@link GetStatisticsRequest.Builder#build()} was checked there and, being immutable, is valid for good: it is not
     * checked again.
     *
     * @param request the request to check
     * @return the violations, each naming its wire path
     */
    public static List<Violation> validate(GetStatisticsRequest request) {
      return request.checkedByBuild() ? List.of() : violationsOf(request);
    }

    static List<Violation> violationsOf(GetStatisticsRequest request) {
      // Every violation of the request, however it was made; its builder checks with this.
      Violations violations = new Violations();
      check(request, violations);
      return violations.toList();
    }

    private static void check(GetStatisticsRequest value, Violations violations) {
      violations.required("start", value.start());
      violations.required("end", value.end());
    }
  }
}
