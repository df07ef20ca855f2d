package io.payspec.cryptocloud.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.payspec.runtime.json.ResponseJson;
import io.payspec.runtime.json.WireNumbers;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The project the invoice belongs to (result.project).
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"id", "name", "fail", "success", "logo"})
public final class Project {
  @JsonProperty("id")
  private final Integer id;

  private final String idRaw;

  @JsonProperty("name")
  private final String name;

  @JsonProperty("fail")
  private final String fail;

  @JsonProperty("success")
  private final String success;

  @JsonProperty("logo")
  private final String logo;

  @JsonCreator
  Project(@JsonProperty("id") @JsonDeserialize(using = WireNumbers.Int.class) Object id,
      @JsonProperty("name") String name, @JsonProperty("fail") String fail,
      @JsonProperty("success") String success, @JsonProperty("logo") String logo) {
    // Jackson creates the object with this, from the values on the wire.
    this.id = WireNumbers.value(id, Integer.class);
    this.idRaw = WireNumbers.raw(id);
    this.name = name;
    this.fail = fail;
    this.success = success;
    this.logo = logo;
  }

  /**
   * Project identifier.
   *
   * <p>Wire name {@code id}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code idRaw()} has it)
   */
  public Integer id() {
    return id;
  }

  /**
   * The wire value of {@code id} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code id()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String idRaw() {
    return idRaw;
  }

  /**
   * Project name.
   *
   * <p>Wire name {@code name}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String name() {
    return name;
  }

  /**
   * Project URL after a failed payment.
   *
   * <p>Wire name {@code fail}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String fail() {
    return fail;
  }

  /**
   * Project URL after a successful payment.
   *
   * <p>Wire name {@code success}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String success() {
    return success;
  }

  /**
   * Project logo URL; may be null, empty or "None".
   *
   * <p>Wire name {@code logo}; the provider may send {@code null}.
   *
   * <p>Departs from the page: <em>page:</em> string (a URL); seen as null (info example), "" (postback example) and "None" (README); <em>chosen:</em> a nullable String read as sent; <em>because</em> "" and "None" are not turned into absence here: callers see them as the provider sent them.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> logo() {
    return Optional.ofNullable(logo);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Project that
        && Objects.equals(id, that.id)
        && Objects.equals(name, that.name)
        && Objects.equals(fail, that.fail)
        && Objects.equals(success, that.success)
        && Objects.equals(logo, that.logo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, fail, success, logo);
  }

  @Override
  public String toString() {
    return "Project{"
        + "id=" + id
        + ", name=" + name
        + ", fail=" + fail
        + ", success=" + success
        + ", logo=" + logo
        + "}";
  }
}
