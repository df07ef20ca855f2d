package io.payspec.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * A parser for binding a success straight from the body in one pass: under the number limits of
 * {@link LimitedNumbersParser}, it watches the tokens the binding reads and stops it, with
 * {@link NotPlainSuccess}, as soon as the body is not a plain success, so that the caller reads it
 * again as a tree and classifies it. It watches
 *
 * <ul>
 *   <li>the body's top-level keys that mark an error ({@code "detail"}, {@code "errors"}, ...): a
 *       plain success has them absent, {@code null}, {@code false} or an empty array; the keys that
 *       say success ({@code "success"}) absent, {@code null} or {@code true};
 *   <li>the envelope's status key, whose value must be the success value;
 *   <li>the payload's own keys, to tell whether it has at least one documented field.
 * </ul>
 *
 * <p>It never decides that something is an error: a body it stops at is read again by the exact
 * (tree) path, which does.
 */
public final class PlainSuccessParser extends LimitedNumbersParser {
  private static final NotPlainSuccess NOT_PLAIN = new NotPlainSuccess();

  private final List<String> errorKeys;
  private final Set<String> successKeys;
  private final String statusKey;
  private final String successValue;
  private final Set<String> documented;
  private JsonStreamContext body;
  private JsonStreamContext payload;
  private boolean documentedSeen;
  private boolean statusSeen;
  private String pendingKey;
  private boolean pendingStatus;
  private boolean awaitingEmptyArray;

  /**
   * @param source the parser of the body, positioned before its first token
   * @param errorKeys top-level keys whose presence, with a value other than {@code null},
   *     {@code false} or {@code []}, means the body may be an error
   * @param successKeys those of {@code errorKeys} that say success: quiet when {@code null} or {@code true}
   * @param statusKey the top-level key whose value must be {@code successValue}, or null
   * @param successValue the status value of a success
   * @param documented the payload's documented keys, or null when any payload counts as documented
   */
  public PlainSuccessParser(JsonParser source, List<String> errorKeys, Set<String> successKeys, String statusKey,
      String successValue, Set<String> documented) {
    super(source);
    this.errorKeys = errorKeys;
    this.successKeys = successKeys;
    this.statusKey = statusKey;
    this.successValue = successValue;
    this.documented = documented;
  }

  /** Marks the object or array just opened (the current token) as the body, whose keys are watched. */
  public void watchBody() {
    body = delegate.getParsingContext();
  }

  /** Marks the object just opened (the current token) as the payload, whose keys are counted. */
  public void watchPayload() {
    payload = delegate.getParsingContext();
  }

  /**
   * The parser this one watches, for binding a payload whose tokens need no watching (one under the
   * envelope's result key, once its first key is known to be documented): at the same position.
   */
  public JsonParser unwatched() {
    return delegate;
  }

  /** Stops counting keys: the payload has been read (a later object may reuse its context). */
  public void endPayload() {
    payload = null;
  }

  /** Whether the payload had a documented key (always true without a list of them). */
  public boolean documentedSeen() {
    return documented == null || documentedSeen;
  }

  /** Whether the status key was present (with the success value, or reading would have stopped). */
  public boolean statusSeen() {
    return statusSeen;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token = delegate.nextToken();
    observe(token);
    return token;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.FIELD_NAME ? nextToken() : token;
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    if (awaitingEmptyArray) {
      // An error key's array is skipped: it is quiet only if empty.
      nextToken();
      return this;
    }
    delegate.skipChildren();
    return this;
  }

  private void observe(JsonToken token) throws IOException {
    if (token == null) {
      return;
    }
    if (awaitingEmptyArray) {
      awaitingEmptyArray = false;
      if (token != JsonToken.END_ARRAY) {
        throw NOT_PLAIN;
      }
      return;
    }
    if (pendingStatus) {
      pendingStatus = false;
      if (token != JsonToken.VALUE_STRING || !successValue.equals(delegate.getText())) {
        throw NOT_PLAIN;
      }
      statusSeen = true;
      return;
    }
    if (pendingKey != null) {
      String key = pendingKey;
      pendingKey = null;
      switch (token) {
        case VALUE_NULL -> { }
        case VALUE_FALSE -> {
          if (successKeys.contains(key)) {
            throw NOT_PLAIN;
          }
        }
        case VALUE_TRUE -> {
          if (!successKeys.contains(key)) {
            throw NOT_PLAIN;
          }
        }
        case START_ARRAY -> {
          if (successKeys.contains(key)) {
            throw NOT_PLAIN;
          }
          awaitingEmptyArray = true;
        }
        default -> throw NOT_PLAIN;
      }
      return;
    }
    if (token == JsonToken.FIELD_NAME) {
      JsonStreamContext context = delegate.getParsingContext();
      if (context == body) {
        String name = delegate.currentName();
        if (name.equals(statusKey)) {
          pendingStatus = true;
        } else {
          watchErrorKey(name);
        }
      }
      if (!documentedSeen && context == payload && documented != null
          && documented.contains(delegate.currentName())) {
        documentedSeen = true;
      }
    }
  }

  private void watchErrorKey(String name) {
    for (int i = 0; i < errorKeys.size(); i++) {
      if (errorKeys.get(i).equals(name)) {
        pendingKey = name;
        return;
      }
    }
  }

  /** Thrown, without a stack trace, as soon as the body is not a plain success. */
  public static final class NotPlainSuccess extends IOException {
    private static final long serialVersionUID = 1L;

    private NotPlainSuccess() {
      super("not a plain success", null);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }
}
