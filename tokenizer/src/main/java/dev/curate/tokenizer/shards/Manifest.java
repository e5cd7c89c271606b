// SPDX-License-Identifier: Apache-2.0
package dev.curate.tokenizer.shards;

import dev.curate.tokenizer.DocumentBoundary;
import dev.curate.tokenizer.Tokenizer;
import java.util.List;
import java.util.Locale;

/**
 * {@code manifest.json}: everything a trainer needs to read a shard set and check it is the one
 * it expects (see docs/TOKENIZE.md for the field by field description).
 *
 * @param shardFormat {@code parquet} or {@code megatron}
 * @param rowTokens tokens per row, {@code seqLen + 1}
 * @param eosId the boundary id when it is appended, else null
 * @param bosId the boundary id when it is prepended, else null
 * @param padId id filling the end of the last row
 * @param config the resolved {@code tokenize:} settings
 * @param input where the documents came from
 * @param mixture the input's mixture (its {@code _MIXTURE.json}: domain weights, targets, phases)
 *     when it is a mixture stage output, else null
 */
public record Manifest(
    String format,
    int formatVersion,
    String shardFormat,
    TokenizerInfo tokenizer,
    int seqLen,
    int rowTokens,
    Boundary boundary,
    Integer eosId,
    Integer bosId,
    int padId,
    long seed,
    Totals totals,
    List<ShardEntry> shards,
    Object config,
    InputLineage input,
    Object mixture) {
  public static final String FORMAT = "curate-token-shards";
  public static final int FORMAT_VERSION = 1;
  public static final String FILE = "manifest.json";

  /** A manifest of documents that were not sampled by a mixture. */
  public Manifest(
      String format, int formatVersion, String shardFormat, TokenizerInfo tokenizer, int seqLen, int rowTokens,
      Boundary boundary, Integer eosId, Integer bosId, int padId, long seed, Totals totals, List<ShardEntry> shards,
      Object config, InputLineage input) {
    this(format, formatVersion, shardFormat, tokenizer, seqLen, rowTokens, boundary, eosId, bosId, padId, seed, totals,
        shards, config, input, null);
  }

  public Manifest {
    shards = List.copyOf(shards);
  }

  /** @param fingerprint {@link Tokenizer#fingerprint()} */
  public record TokenizerInfo(String name, String fingerprint, int vocabSize) {
    public static TokenizerInfo of(Tokenizer t) {
      return new TokenizerInfo(t.name(), t.fingerprint(), t.vocabSize());
    }
  }

  /** @param placement {@code append_eos} or {@code prepend_bos} */
  public record Boundary(int id, String token, String placement) {
    public static Boundary of(DocumentBoundary b) {
      return new Boundary(b.tokenId(), b.token(), b.placement().name().toLowerCase(Locale.ROOT));
    }
  }

  public record Totals(int shards, long rows, long tokens, long paddingTokens, long documents, long bytes) {
    public static Totals of(List<ShardEntry> shards) {
      long rows = 0;
      long tokens = 0;
      long padding = 0;
      long documents = 0;
      long bytes = 0;
      for (ShardEntry s : shards) {
        rows += s.rows();
        tokens += s.tokens();
        padding += s.paddingTokens();
        documents += s.documents();
        bytes += s.bytes();
      }
      return new Totals(shards.size(), rows, tokens, padding, documents, bytes);
    }
  }

  /**
   * @param file data file, relative to the manifest's directory
   * @param indexFile Megatron {@code .idx} file, null for Parquet shards
   * @param firstRow global index of the shard's first row (Megatron: first sequence)
   * @param bytes size of the data file plus the index file
   * @param sha256 hex SHA-256 of the data file
   * @param indexSha256 hex SHA-256 of the index file, null for Parquet shards
   */
  public record ShardEntry(
      int index,
      String file,
      String indexFile,
      long firstRow,
      long rows,
      long tokens,
      long paddingTokens,
      long documents,
      long bytes,
      String sha256,
      String indexSha256)
      implements java.io.Serializable {}

  /**
   * @param stage the input's stage name, from its {@code _STATS.json} (null if absent)
   * @param documents documents the input stage kept, from its {@code _STATS.json} (null if absent)
   * @param statsSha256 hex SHA-256 of the input's {@code _STATS.json} (null if absent)
   * @param configSha256 hex SHA-256 of the input's {@code _CONFIG.yaml} (null if absent)
   */
  public record InputLineage(String path, String stage, Long documents, String statsSha256, String configSha256) {}
}
