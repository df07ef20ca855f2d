package io.payspec.docs.page;

import java.util.List;

/**
 * One row of a field table on a page.
 *
 * @param path wire name, with the parent object's name in front for nested tables ({@code add_fields.time_to_pay})
 * @param typeText the type as the page writes it ({@code list[ string ]})
 * @param type the type as payspec reads it
 * @param mark the required mark
 * @param description the description, as plain text
 * @param enumValues values listed in the description, in order; empty when none are listed
 * @param bounds bounds stated in the description, or {@link Bounds#NONE}
 * @param example the example cell, or empty
 * @param section where the table is
 * @param line the row's line in the file (1-based)
 */
public record PageField(
    String path,
    String typeText,
    WireType type,
    RequiredMark mark,
    String description,
    List<String> enumValues,
    Bounds bounds,
    String example,
    Section section,
    int line) {
  public PageField {
    enumValues = List.copyOf(enumValues);
  }

  /** The last segment of the path: the wire name in its object. */
  public String name() {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
