// SPDX-License-Identifier: Apache-2.0
package dev.curate.dedup;

import dev.curate.core.config.Check;
import dev.curate.dedup.minhash.MinHashSettings;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Settings of the dedup stage ({@code dedup:}).
 *
 * @param exact remove documents whose normalised text equals another's ({@code dedup.exact})
 * @param normalization what the exact key ignores
 * @param url remove documents whose normalised URL equals another's ({@code dedup.url})
 * @param minhash near-duplicates by MinHash-LSH ({@code dedup.minhash})
 * @param survivorOrder which member of a duplicate cluster is kept: columns with {@code asc} or
 *     {@code desc}, nulls last, the first that differs decides
 * @param state directory of the incremental index (every run adds its batch); null: each run
 *     deduplicates its input alone
 */
public record DedupSettings(
    boolean exact,
    TextNormalization normalization,
    boolean url,
    MinHash minhash,
    List<String> survivorOrder,
    String state)
    implements Serializable {
  private static final Pattern ORDER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*( (asc|desc))?");

  /**
   * @param enabled find near-duplicates at all
   * @param bands LSH bands (FineWeb: 14)
   * @param rows hashes per band (FineWeb: 8)
   * @param shingleSize words per shingle (FineWeb: 5)
   * @param seed seed of the hash functions (keep it fixed across incremental batches)
   * @param verify compute the exact Jaccard of every candidate pair and drop those below {@code
   *     minJaccard} (false positives of LSH)
   * @param minJaccard similarity a verified pair needs
   */
  public record MinHash(
      boolean enabled, int bands, int rows, int shingleSize, long seed, boolean verify, double minJaccard)
      implements Serializable {
    public MinHash {
      Check.between("dedup.minhash.min_jaccard", minJaccard, 0, 1);
    }

    public MinHashSettings settings() {
      return new MinHashSettings(bands, rows, shingleSize, seed);
    }
  }

  public DedupSettings {
    normalization = normalization == null ? TextNormalization.defaults() : normalization;
    Check.required("dedup.minhash", minhash);
    minhash.settings(); // validates bands, rows, shingle size
    survivorOrder = survivorOrder == null ? List.of("doc_id asc") : List.copyOf(survivorOrder);
    for (String o : survivorOrder) {
      if (!ORDER.matcher(o).matches()) {
        throw new IllegalArgumentException(
            "dedup.survivor_order: '" + o + "' must be a column name, optionally followed by asc or desc");
      }
    }
  }

  /** Settings without an incremental index. */
  public DedupSettings(
      boolean exact, TextNormalization normalization, boolean url, MinHash minhash, List<String> survivorOrder) {
    this(exact, normalization, url, minhash, survivorOrder, null);
  }

  /** The survivor order as (column, descending) pairs; {@code doc_id} is appended as the last tie-break. */
  public List<Order> order() {
    List<Order> out = new java.util.ArrayList<>();
    boolean hasId = false;
    for (String o : survivorOrder) {
      String[] parts = o.split(" ");
      boolean desc = parts.length > 1 && parts[1].toLowerCase(Locale.ROOT).equals("desc");
      out.add(new Order(parts[0], desc));
      hasId |= parts[0].equals("doc_id");
    }
    if (!hasId) {
      out.add(new Order("doc_id", false));
    }
    return out;
  }

  /** One sort key of the survivor order. */
  public record Order(String column, boolean descending) implements Serializable {}
}
