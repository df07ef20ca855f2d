package io.payspec.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The mapper keeps money exact and tolerates what providers add. */
class JsonTest {
  private final ObjectMapper mapper = Json.mapper();

  /** A response type without {@code @JsonIgnoreProperties}: the mapper alone must ignore unknown fields. */
  record Money(BigDecimal amount) {
    @JsonCreator
    Money(@JsonProperty("amount") BigDecimal amount) {
      this.amount = amount;
    }
  }

  @Test
  void decimalsAreReadExactlyIncludingExponentForm() throws Exception {
    assertEquals(new BigDecimal("1.499999996212864e-06"),
        mapper.readValue("{\"amount\": 1.499999996212864e-06, \"other\": 1}", Money.class).amount());
    assertEquals(new BigDecimal("0.1"), mapper.readValue("{\"amount\": 0.1}", Money.class).amount());
    assertEquals(new BigDecimal("10.00"), mapper.readValue("{\"amount\": \"10.00\"}", Money.class).amount());
  }

  @Test
  void treesKeepTheScale() throws Exception {
    JsonNode tree = mapper.readTree("{\"amount\": 100.0}");

    assertEquals(new BigDecimal("100.0"), mapper.treeToValue(tree, Money.class).amount());
    assertEquals(new BigDecimal("100.0"), tree.get("amount").decimalValue());
  }

  @Test
  void decimalsAreWrittenPlainAndNullsLeftOut() throws Exception {
    assertEquals("{\"amount\":0.0000015}", mapper.writeValueAsString(new Money(new BigDecimal("1.5E-6"))));
    assertEquals("{}", mapper.writeValueAsString(new Money(null)));
  }

  @Test
  void eachCallBuildsANewMapper() {
    assertNotSame(Json.mapper(), Json.mapper());
  }
}
