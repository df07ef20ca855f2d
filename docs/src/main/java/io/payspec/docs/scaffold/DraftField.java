package io.payspec.docs.scaffold;

import java.util.ArrayList;
import java.util.List;

/** One field of a drafted type. */
final class DraftField {
  final String wire;
  String javaType;
  boolean required;
  boolean nullable;
  String description = "";
  String in = "";
  final List<String> constraints = new ArrayList<>();
  final List<String> todos = new ArrayList<>();

  DraftField(String wire, String javaType) {
    this.wire = wire;
    this.javaType = javaType;
  }
}
