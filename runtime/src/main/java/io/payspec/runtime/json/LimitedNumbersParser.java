package io.payspec.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A parser that reads a number outside the {@link Numbers} limits, or one no {@link BigDecimal} can
 * hold ({@code 1e2147483648}), as absent: a tree built from it has JSON {@code null} there. Reading
 * never fails on a number and never keeps one that could be expanded into millions of digits.
 */
class LimitedNumbersParser extends JsonParserDelegate {
  LimitedNumbersParser(JsonParser delegate) {
    super(delegate);
  }

  @Override
  public BigDecimal getDecimalValue() throws IOException {
    try {
      BigDecimal value = delegate.getDecimalValue();
      return Numbers.withinLimits(value) ? value : null;
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  @Override
  public BigInteger getBigIntegerValue() throws IOException {
    try {
      BigInteger value = delegate.getBigIntegerValue();
      return Numbers.withinLimits(value) ? value : null;
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  @Override
  public double getDoubleValue() throws IOException {
    try {
      return delegate.getDoubleValue();
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
