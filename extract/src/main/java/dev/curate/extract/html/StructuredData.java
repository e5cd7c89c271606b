// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.html;

/**
 * Reads schema.org data from JSON-LD scripts without a JSON parser: how many products a script
 * names, the first product's {@code description} (shops that render their pages by script often
 * carry the product text only there), and whether it describes a discussion thread.
 */
final class StructuredData {
  private static final String TYPE = "\"Product\"";
  private static final String DESCRIPTION = "\"description\"";

  private StructuredData() {}

  /**
   * Whether a JSON-LD script or microdata {@code itemtype} names a discussion: a forum thread
   * ({@code DiscussionForumPosting}) or a question page ({@code QAPage}).
   */
  static boolean isDiscussion(String text) {
    return text.contains("DiscussionForumPosting") || text.contains("QAPage");
  }

  /**
   * Whether a JSON-LD script or microdata {@code itemtype} names a {@code ProductGroup}: one product
   * sold in variants, whose variants each count as a {@code Product} (so a page naming many products
   * may still be one product's page).
   */
  static boolean isProductGroup(String text) {
    return text.contains("ProductGroup");
  }

  /** Occurrences of the type name {@code "Product"} in a JSON-LD script. */
  static int marks(String json) {
    int c = 0;
    for (int i = json.indexOf(TYPE); i >= 0; i = json.indexOf(TYPE, i + TYPE.length())) {
      c++;
    }
    return c;
  }

  /**
   * The value of the first {@code "description"} key after the first {@code "Product"} type in a
   * JSON-LD script, unescaped; null if there is none.
   */
  static String description(String json) {
    int t = json.indexOf(TYPE);
    if (t < 0) {
      return null;
    }
    int k = json.indexOf(DESCRIPTION, t);
    if (k < 0) {
      // the key may precede the type inside the same object
      k = json.indexOf(DESCRIPTION);
      if (k < 0) {
        return null;
      }
    }
    int i = k + DESCRIPTION.length();
    int n = json.length();
    while (i < n && (json.charAt(i) == ' ' || json.charAt(i) == ':' || json.charAt(i) <= ' ')) {
      i++;
    }
    if (i >= n || json.charAt(i) != '"') {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (i++; i < n; i++) {
      char c = json.charAt(i);
      if (c == '"') {
        return sb.toString();
      }
      if (c != '\\' || i + 1 >= n) {
        sb.append(c);
        continue;
      }
      char e = json.charAt(++i);
      switch (e) {
        case 'n':
        case 'r':
        case 't':
          sb.append(' ');
          break;
        case 'u':
          if (i + 4 < n) {
            try {
              sb.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
            } catch (NumberFormatException ex) {
              return null;
            }
            i += 4;
          }
          break;
        default:
          sb.append(e);
      }
    }
    return null;
  }
}
