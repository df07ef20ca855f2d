package io.payspec.runtime.meta;

import io.payspec.annotations.DecisionTopic;

/**
 * A deliberate departure of a descriptor from its documentation page ({@code @Decision}).
 *
 * @param topic what aspect of the page is departed from
 * @param field wire name of the field concerned, or empty when it concerns the operation or a type
 * @param page what the page (or pages, or SDK) says
 * @param chosen what the descriptor does instead
 * @param reason why
 */
public record DecisionInfo(DecisionTopic topic, String field, String page, String chosen, String reason) {}
