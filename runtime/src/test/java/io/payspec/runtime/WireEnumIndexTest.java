package io.payspec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class WireEnumIndexTest {
  /** Shaped like a generated enum: documented constants, then UNKNOWN. */
  enum Status implements WireEnumValue {
    PAID("paid"), CREATED("created"), CANCELED("canceled"), UNKNOWN(null);

    private final String wireValue;

    Status(String wireValue) {
      this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
      return wireValue;
    }

    @Override
    public boolean isKnown() {
      return this != UNKNOWN;
    }
  }

  enum Twice implements WireEnumValue {
    A("x"), B("x"), UNKNOWN(null);

    private final String wireValue;

    Twice(String wireValue) {
      this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
      return wireValue;
    }

    @Override
    public boolean isKnown() {
      return this != UNKNOWN;
    }
  }

  private final WireEnumIndex<Status> index = WireEnumIndex.of(Status.values(), Status.UNKNOWN);

  @Test
  void aDocumentedValueReadsAsItsConstant() {
    assertSame(Status.CREATED, index.fromWire("created"));
    assertSame(Status.PAID, index.fromWire("paid"));
  }

  @Test
  void anUndocumentedValueReadsAsUnknownAndNullStaysNull() {
    assertSame(Status.UNKNOWN, index.fromWire("refunded"));
    assertSame(Status.UNKNOWN, index.fromWire("PAID"));
    assertNull(index.fromWire(null));
  }

  @Test
  void theKnownValuesAreInDeclarationOrderWithoutUnknownAndUnmodifiable() {
    assertEquals(List.of("paid", "created", "canceled"), index.knownWireValues());
    assertThrows(UnsupportedOperationException.class, () -> index.knownWireValues().add("refunded"));
  }

  @Test
  void twoConstantsWithOneWireValueAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WireEnumIndex.of(Twice.values(), Twice.UNKNOWN));
    assertEquals("B and A share the wire value x", e.getMessage());
  }
}
