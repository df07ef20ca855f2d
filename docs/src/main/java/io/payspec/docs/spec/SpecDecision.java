package io.payspec.docs.spec;

/**
 * A descriptor's recorded departure from its page ({@code @Decision}).
 *
 * @param topic the {@code DecisionTopic} name, e.g. {@code BOUNDS}
 * @param field wire name or path of the field it concerns, or empty for the endpoint
 * @param page what the page says
 * @param chosen what the descriptor does
 * @param reason why
 */
public record SpecDecision(String topic, String field, String page, String chosen, String reason) {
  public SpecDecision {
    field = field == null ? "" : field;
  }
}
