package io.payspec.crystalpay.v3;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.payspec.runtime.json.ResponseJson;
import io.payspec.runtime.json.Timestamps;
import io.payspec.runtime.json.WireNumbers;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The cash register the credentials belong to (API v3), next to the error flag and list.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"id", "name", "status_level", "created_at"})
public final class Account {
  private static final DateTimeFormatter CREATED_AT_FORMAT = Timestamps.pattern("yyyy-MM-dd HH:mm:ss");

  @JsonProperty("id")
  private final String id;

  @JsonProperty("name")
  private final String name;

  @JsonProperty("status_level")
  private final Integer statusLevel;

  private final String statusLevelRaw;

  @JsonProperty("created_at")
  private final String createdAtRaw;

  private final LocalDateTime createdAt;

  @JsonCreator
  Account(@JsonProperty("id") String id, @JsonProperty("name") String name,
      @JsonProperty("status_level") @JsonDeserialize(using = WireNumbers.Int.class) Object statusLevel,
      @JsonProperty("created_at") String createdAt) {
    // Jackson creates the object with this, from the values on the wire.
    this.id = id;
    this.name = name;
    this.statusLevel = WireNumbers.value(statusLevel, Integer.class);
    this.statusLevelRaw = WireNumbers.raw(statusLevel);
    this.createdAtRaw = createdAt;
    this.createdAt = Timestamps.localDateTime(createdAtRaw, CREATED_AT_FORMAT, "created_at");
  }

  /**
   * Cash register ID.
   *
   * <p>Wire name {@code id}.
   *
   * <p>Departs from the page: <em>page:</em> no page; int in pycrystalpay, aiocrystal and the npm crystalpay-wrapper README (123456789), a string in the pypi crystalpayapi README ("12345"); <em>chosen:</em> String; <em>because</em> Reads both forms without loss; every other CrystalPay ID is a string and is only compared, never computed with.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String id() {
    return id;
  }

  /**
   * Cash register name.
   *
   * <p>Wire name {@code name}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String name() {
    return name;
  }

  /**
   * Status level of the cash register; a method needs at least its minimal_status_level (inferred).
   *
   * <p>Wire name {@code status_level}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code statusLevelRaw()} has it)
   */
  public Integer statusLevel() {
    return statusLevel;
  }

  /**
   * The wire value of {@code status_level} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code statusLevel()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String statusLevelRaw() {
    return statusLevelRaw;
  }

  /**
   * When the cash register was created.
   *
   * <p>Wire name {@code created_at}.
   *
   * <p>Departs from the page: <em>page:</em> no page; the SDKs read a string ("2023-07-19 12:34:56"); <em>chosen:</em> LocalDateTime, pattern yyyy-MM-dd HH:mm:ss; <em>because</em> README gives the format of every CrystalPay timestamp; no zone is documented, so none is assumed.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code createdAtRaw()} has it)
   */
  public LocalDateTime createdAt() {
    return createdAt;
  }

  /**
   * The wire value of {@code created_at} exactly as received, also when in another format than the documented one.
   *
   * @return the raw value, or {@code null} when absent
   */
  public String createdAtRaw() {
    return createdAtRaw;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Account that
        && Objects.equals(id, that.id)
        && Objects.equals(name, that.name)
        && Objects.equals(statusLevel, that.statusLevel)
        && Objects.equals(createdAtRaw, that.createdAtRaw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, statusLevel, createdAtRaw);
  }

  @Override
  public String toString() {
    return "Account{"
        + "id=" + id
        + ", name=" + name
        + ", status_level=" + statusLevel
        + ", created_at=" + createdAtRaw
        + "}";
  }
}
