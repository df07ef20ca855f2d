package io.payspec.processor.model;

import io.payspec.annotations.DecisionTopic;

/**
 * A {@code @Decision}: a deliberate departure from the documentation page.
 *
 * @param topic what aspect of the page
 * @param field wire name of the field concerned, or empty
 * @param page what the page says
 * @param chosen what the descriptor does
 * @param reason why
 */
public record DecisionModel(DecisionTopic topic, String field, String page, String chosen, String reason) {}
