package io.payspec.runtime.notification;

/**
 * A verified notification with the authoritative state of the object it names, fetched from the
 * provider: act on {@link #state()}, since a notification's signature usually covers only an id.
 *
 * @param notification the verified notification
 * @param state what the provider's look-up call returned for the object the notification names
 * @param <N> the notification type
 * @param <S> the look-up's result type
 */
public record Confirmed<N, S>(N notification, S state) {}
