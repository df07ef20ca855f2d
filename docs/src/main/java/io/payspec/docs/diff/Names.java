package io.payspec.docs.diff;

import java.util.Locale;

/** When two wire names are probably the same field renamed. */
final class Names {
  private Names() {}

  /**
   * Same parent and either the same letters ({@code orderId} / {@code order_id}), one name inside the
   * other ({@code side_commission} / {@code side_commission_cc} is not: a suffix of 3+ letters makes
   * another field), or at most two edits apart on names of six letters or more.
   */
  static boolean similar(String a, String b) {
    if (!parent(a).equals(parent(b))) {
      return false;
    }
    String x = last(a);
    String y = last(b);
    if (squash(x).equals(squash(y))) {
      return true;
    }
    return Math.min(x.length(), y.length()) >= 6 && distance(x, y) <= 2;
  }

  private static String parent(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(0, dot);
  }

  private static String last(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  private static String squash(String name) {
    return name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
