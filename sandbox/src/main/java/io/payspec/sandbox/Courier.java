package io.payspec.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.annotations.NotificationEncoding;
import io.payspec.runtime.meta.DeliveryInfo;
import io.payspec.runtime.meta.NotificationInfo;
import io.payspec.runtime.notification.NotificationSigner;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Signs notifications with the sandbox's secrets and POSTs them to the shop, as the provider would: in
 * the provider's first documented encoding, sent again while the answer does not acknowledge it, with
 * the tries, acknowledging statuses and answer timeout the provider documents ({@link DeliveryInfo}; once,
 * any 2xx, 30 s when it documents none). The documented waits between tries (CrystalPay: n minutes after
 * n tries) are not waited, so that a test sees the whole bounded schedule at once. Applies the
 * injected {@link NotificationFailure}s: a second delivery, a back-dated signature, or a notification
 * held until {@link #deliverHeld()}. Keeps the last {@value #MAX_LOG} deliveries and at most
 * {@value #MAX_HELD} held ones. Thread-safe.
 */
final class Courier {
  /** The most notifications held at once. */
  static final int MAX_HELD = 100;
  /** How many deliveries {@link #deliveries()} keeps. */
  static final int MAX_LOG = 100;

  /** A signed notification on its way. */
  private record Parcel(String notification, DeliveryInfo delivery, String url, String contentType, byte[] body) {}

  private final Clock clock;
  private final Failures failures;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Deque<Parcel> held = new ArrayDeque<>();
  private final Deque<Sandbox.Delivery> log = new ArrayDeque<>();

  Courier(Clock clock, Failures failures) {
    this.clock = clock;
    this.failures = failures;
  }

  /** The secret the sandbox signs a provider's notifications with. */
  static String secret(String providerId, String credential) {
    return "sandbox-" + providerId + "-" + credential.replace('_', '-');
  }

  /**
   * Signs {@code body} and delivers it to {@code url}, or holds it.
   *
   * @throws IllegalStateException if a notification must be held and {@value #MAX_HELD} already are
   */
  Sandbox.Delivery send(NotificationInfo<?> info, ObjectNode body, String url) {
    NotificationFailure failure = failures.takeNotification();
    NotificationFailure.Kind kind = failure == null ? null : failure.kind();
    Clock signedAt = kind == NotificationFailure.Kind.LATE ? Clock.offset(clock, failure.age().negated()) : clock;
    NotificationEncoding encoding = info.encodings().get(0);
    byte[] signed = new NotificationSigner(info, secret(info.provider().id(), info.scheme().credential()), signedAt)
        .sign(body, encoding);
    Parcel parcel = new Parcel(info.displayName(), info.delivery(), url, NotificationSigner.contentType(encoding), signed);
    if (kind == NotificationFailure.Kind.HELD) {
      synchronized (this) {
        if (held.size() >= MAX_HELD) {
          throw new IllegalStateException("at most " + MAX_HELD + " notifications can be held; deliver them first");
        }
        held.addLast(parcel);
      }
      return logged(new Sandbox.Delivery(parcel.notification(), url, 0, 0, false, signed, true));
    }
    Sandbox.Delivery first = post(parcel);
    if (kind == NotificationFailure.Kind.TWICE) {
      post(parcel);
    }
    return first;
  }

  /** Delivers every held notification, oldest first, as it was signed. */
  List<Sandbox.Delivery> deliverHeld() {
    List<Parcel> due;
    synchronized (this) {
      due = new ArrayList<>(held);
      held.clear();
    }
    List<Sandbox.Delivery> delivered = new ArrayList<>();
    for (Parcel parcel : due) {
      delivered.add(post(parcel));
    }
    return delivered;
  }

  /** The last {@value #MAX_LOG} deliveries, oldest first; a held notification appears when held and when sent. */
  synchronized List<Sandbox.Delivery> deliveries() {
    return List.copyOf(log);
  }

  private Sandbox.Delivery post(Parcel parcel) {
    DeliveryInfo delivery = parcel.delivery();
    HttpRequest request = HttpRequest.newBuilder(URI.create(parcel.url()))
        .timeout(delivery.answerWithin())
        .header("Content-Type", parcel.contentType())
        .POST(HttpRequest.BodyPublishers.ofByteArray(parcel.body()))
        .build();
    int status = 0;
    int attempts = 0;
    boolean acknowledged = false;
    while (attempts < delivery.attempts() && !acknowledged) {
      attempts++;
      try {
        status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      } catch (IOException e) {
        status = 0;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      acknowledged = delivery.acknowledges(status);
    }
    return logged(new Sandbox.Delivery(parcel.notification(), parcel.url(), status, attempts, acknowledged,
        parcel.body(), false));
  }

  private synchronized Sandbox.Delivery logged(Sandbox.Delivery delivery) {
    if (log.size() >= MAX_LOG) {
      log.removeFirst();
    }
    log.addLast(delivery);
    return delivery;
  }
}
