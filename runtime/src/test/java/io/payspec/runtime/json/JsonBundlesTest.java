package io.payspec.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The class-level mapping generated types get from {@link RequestJson} and {@link ResponseJson}
 * holds with a plain {@code ObjectMapper}, as a user's own (Spring's, say) would be: only the named
 * properties, absent values not written, and for responses, fields added later ignored.
 */
class JsonBundlesTest {
  private final ObjectMapper plain = new ObjectMapper();

  @RequestJson
  static final class Request {
    @JsonProperty("order_id")
    private final String orderId;
    @JsonProperty("email")
    private final String email;

    Request(String orderId, String email) {
      this.orderId = orderId;
      this.email = email;
    }

    /** Public, getter-named and not annotated: never a property. */
    public String getSecret() {
      return "never written";
    }

    public boolean isPaid() {
      return true;
    }
  }

  @ResponseJson
  static final class Response {
    @JsonProperty("uuid")
    private final String uuid;
    @JsonProperty("address")
    private final String address;

    @JsonCreator
    Response(@JsonProperty("uuid") String uuid, @JsonProperty("address") String address) {
      this.uuid = uuid;
      this.address = address;
    }

    public String getUuidUpperCase() {
      return uuid.toUpperCase(java.util.Locale.ROOT);
    }
  }

  @Test
  void aRequestWritesOnlyItsNamedPropertiesThatAreSet() throws Exception {
    assertEquals("{\"order_id\":\"A-1\"}", plain.writeValueAsString(new Request("A-1", null)));
  }

  @Test
  void aResponseIgnoresFieldsAddedLaterAndWritesBackOnlyWhatItHas() throws Exception {
    Response response = plain.readValue("{\"uuid\":\"INV-1\",\"added_later\":{\"x\":1},\"fee\":0.5}", Response.class);
    assertEquals("INV-1", response.uuid);
    assertEquals("{\"uuid\":\"INV-1\"}", plain.writeValueAsString(response));
  }
}
