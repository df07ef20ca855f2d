package io.payspec.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a sandbox has created, per scope ({@link OperationRole#scope}): each resource as the facts known
 * about it (the create request's values overlaid with the answer's), found by any of its identifiers.
 * Thread-safe; callers get copies.
 */
final class Resources {
  private final Map<String, List<ObjectNode>> byScope = new HashMap<>();
  private final Map<String, Map<String, ObjectNode>> byKey = new HashMap<>();

  /** Keeps a new resource under its identifiers. */
  synchronized void add(String scope, ObjectNode facts, Collection<String> keys) {
    ObjectNode kept = facts.deepCopy();
    byScope.computeIfAbsent(scope, s -> new ArrayList<>()).add(kept);
    Map<String, ObjectNode> index = byKey.computeIfAbsent(scope, s -> new HashMap<>());
    keys.forEach(key -> index.put(key, kept));
  }

  /** Copies of the resources any of these values identifies, in creation order. */
  synchronized List<ObjectNode> find(String scope, Collection<String> values) {
    Map<String, ObjectNode> index = byKey.getOrDefault(scope, Map.of());
    Set<ObjectNode> found = Collections.newSetFromMap(new IdentityHashMap<>());
    for (String value : values) {
      ObjectNode resource = index.get(value);
      if (resource != null) {
        found.add(resource);
      }
    }
    List<ObjectNode> ordered = new ArrayList<>();
    for (ObjectNode resource : byScope.getOrDefault(scope, List.of())) {
      if (found.contains(resource)) {
        ordered.add(resource.deepCopy());
      }
    }
    return ordered;
  }

  /** Sets a member of every resource these values identify; returns how many there were. */
  synchronized int update(String scope, Collection<String> values, String member, String value) {
    Map<String, ObjectNode> index = byKey.getOrDefault(scope, Map.of());
    Set<ObjectNode> found = Collections.newSetFromMap(new IdentityHashMap<>());
    for (String key : values) {
      if (index.containsKey(key)) {
        found.add(index.get(key));
      }
    }
    found.forEach(resource -> resource.put(member, value));
    return found.size();
  }

  /** Sets the members of {@code changes} in every resource these values identify; returns how many there were. */
  synchronized int update(String scope, Collection<String> values, ObjectNode changes) {
    Map<String, ObjectNode> index = byKey.getOrDefault(scope, Map.of());
    Set<ObjectNode> found = Collections.newSetFromMap(new IdentityHashMap<>());
    for (String key : values) {
      if (index.containsKey(key)) {
        found.add(index.get(key));
      }
    }
    found.forEach(resource -> resource.setAll(changes.deepCopy()));
    return found.size();
  }

  /** Copies of every resource of a scope, in creation order. */
  synchronized List<ObjectNode> all(String scope) {
    return byScope.getOrDefault(scope, List.of()).stream().map(ObjectNode::deepCopy).toList();
  }
}
