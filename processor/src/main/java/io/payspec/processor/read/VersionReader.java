package io.payspec.processor.read;

import io.payspec.processor.model.EndpointModel;
import io.payspec.processor.model.EnumModel;
import io.payspec.processor.model.NotificationModel;
import io.payspec.processor.model.ObjectModel;
import io.payspec.processor.model.ProviderModel;
import io.payspec.processor.model.VersionModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * Reads every endpoint of one provider version in one type namespace, before anything is written.
 * A mistake drops the endpoint it is in (or every endpoint reaching a broken shared type); the
 * sound endpoints make the version's model.
 */
public final class VersionReader {
  private final Reporter reporter;
  private final EndpointReader endpoints;
  private final NotificationReader notificationReader;

  public VersionReader(Reporter reporter, EndpointReader endpoints, NotificationReader notifications) {
    this.reporter = reporter;
    this.endpoints = endpoints;
    this.notificationReader = notifications;
  }

  /** The version's sound endpoints and the types they reach, or null when no endpoint is sound. */
  public VersionModel read(ProviderModel provider, String version, List<EndpointReader.Header> headers,
      List<NotificationReader.Header> notificationHeaders) {
    List<TypeElement> elements = new ArrayList<>(headers.stream().map(EndpointReader.Header::element).toList());
    notificationHeaders.forEach(n -> elements.add(n.element()));
    VersionScope scope = new VersionScope(reporter, provider.name(), version, elements);
    Map<String, EndpointModel> byOperation = new LinkedHashMap<>();
    for (EndpointReader.Header header : headers) {
      EndpointModel previous = byOperation.get(header.operation());
      if (previous != null) {
        reporter.error(header.element(), "duplicate-operation",
            provider.name() + " " + version + " " + header.operation() + " is already described by "
                + previous.element().getSimpleName());
        continue;
      }
      EndpointModel model = endpoints.read(header, scope);
      if (model != null) {
        byOperation.put(header.operation(), model);
      }
    }
    if (byOperation.isEmpty()) {
      return null;
    }
    List<EndpointModel> sound = byOperation.values().stream().sorted(Comparator.comparing(EndpointModel::operation)).toList();
    Map<String, ObjectModel> objects = new LinkedHashMap<>();
    Map<String, EnumModel> enums = new HashMap<>();
    for (EndpointModel endpoint : sound) {
      objects.putIfAbsent(endpoint.request().simpleName(), endpoint.request());
      objects.putIfAbsent(endpoint.response().simpleName(), endpoint.response());
      endpoint.objects().forEach(o -> objects.putIfAbsent(o.simpleName(), o));
      endpoint.enums().forEach(e -> enums.putIfAbsent(e.simpleName(), e));
    }
    List<NotificationModel> notifications = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (NotificationReader.Header header : notificationHeaders) {
      if (!names.add(header.name())) {
        reporter.error(header.element(), "duplicate-notification",
            provider.name() + " " + version + " already has a notification named " + header.name());
        continue;
      }
      NotificationModel model = notificationReader.read(header, scope, byOperation, endpoints);
      if (model != null) {
        notifications.add(model);
        objects.putIfAbsent(model.body().simpleName(), model.body());
        model.objects().forEach(o -> objects.putIfAbsent(o.simpleName(), o));
        model.enums().forEach(e -> enums.putIfAbsent(e.simpleName(), e));
      }
    }
    List<EnumModel> sortedEnums = new ArrayList<>(enums.values());
    sortedEnums.sort(Comparator.comparing(EnumModel::simpleName));
    return new VersionModel(provider, version, sound, List.copyOf(objects.values()), List.copyOf(sortedEnums),
        List.copyOf(notifications));
  }
}
