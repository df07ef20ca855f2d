package io.payspec.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.runtime.CurrencyAmount;
import io.payspec.runtime.json.Json;
import io.payspec.runtime.json.Numbers;
import io.payspec.runtime.validation.Violations;
import io.payspec.runtime.validation.Violation;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a request body: first as a JSON object, then into the generated request type through its
 * unvalidated {@code fromJson} creator, so that the generated validator can judge it. Problems on the
 * way become {@link Violation}s with the rules {@link ErrorReplies#MALFORMED} and
 * {@link ErrorReplies#WRONG_TYPE}. Unlike Jackson's default, a fractional number is not accepted as an
 * integer.
 */
final class BodyReader {
  private final ObjectReader trees;
  private final ObjectMapper mapper;

  BodyReader(ObjectMapper mapper) {
    this.mapper = mapper;
    this.trees = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** The body as a JSON object. */
  ObjectNode object(byte[] body) throws RejectedBody {
    JsonNode tree;
    try {
      tree = body.length == 0 ? null : trees.readTree(body);
    } catch (IOException e) {
      String reason = e instanceof JsonProcessingException processing ? processing.getOriginalMessage() : e.getMessage();
      throw new RejectedBody(new Violation("", ErrorReplies.MALFORMED,
          "the body is not valid JSON: " + firstLine(reason)), null);
    } catch (RuntimeException e) {
      // A number no decimal can hold (1e2147483648): Jackson's NumberFormatException.
      throw new RejectedBody(new Violation("", ErrorReplies.MALFORMED,
          "the body holds a number beyond every limit: " + Numbers.limitsRule()), null);
    }
    if (tree instanceof ObjectNode object) {
      return object;
    }
    throw new RejectedBody(new Violation("", ErrorReplies.MALFORMED,
        "the body must be a JSON object, was " + (tree == null || tree.isMissingNode() ? "empty" : tree.getNodeType()
            .toString().toLowerCase(Locale.ROOT))), null);
  }

  /** The body read into the request type, without checking any rule. */
  <Q> Q request(ObjectNode body, Class<Q> type) throws RejectedBody {
    try {
      return mapper.readerFor(type).without(DeserializationFeature.ACCEPT_FLOAT_AS_INT).readValue(body);
    } catch (JsonMappingException e) {
      throw new RejectedBody(new Violation(Json.wirePath("", e.getPath()), ErrorReplies.WRONG_TYPE, reason(e)), e);
    } catch (IOException | RuntimeException e) {
      throw new RejectedBody(new Violation("", ErrorReplies.MALFORMED, firstLine(e.getMessage())), null);
    }
  }

  private static String reason(JsonMappingException e) {
    if (e instanceof ValueInstantiationException && e.getCause() != null && e.getCause().getMessage() != null) {
      return firstLine(e.getCause().getMessage());
    }
    if (e instanceof InvalidFormatException format) {
      return "must be " + kind(format.getTargetType()) + ", was "
          + (format.getValue() instanceof Number number ? Numbers.quote(number) : Violations.quote(String.valueOf(format.getValue())));
    }
    if (e instanceof MismatchedInputException mismatch
        && mismatch.getTargetType() != null) {
      return "must be " + kind(mismatch.getTargetType());
    }
    return firstLine(e.getOriginalMessage());
  }

  /** The JSON kind a Java type is read from, in words. */
  private static String kind(Class<?> type) {
    if (type == null) {
      return "a value of another type";
    }
    if (type == Integer.class || type == Long.class || type == BigInteger.class || type == int.class
        || type == long.class) {
      return "an integer";
    }
    if (Number.class.isAssignableFrom(type) || type == BigDecimal.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class || type.isEnum()) {
      return "a string";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "an object";
    }
    if (type == CurrencyAmount.class) {
      return "a string such as \"200 USD\"";
    }
    return type.getPackageName().startsWith("java.") ? "a value of another type" : "an object";
  }

  /** The first line, at most 200 characters: a reason never quotes a whole hostile body. */
  private static String firstLine(String text) {
    String line = text == null ? "unreadable" : text.strip();
    int newline = line.indexOf('\n');
    line = newline >= 0 ? line.substring(0, newline) : line;
    return line.length() <= 200 ? line : line.substring(0, 200) + "…";
  }
}
