// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.filter;

import dev.curate.core.StageStats;
import dev.curate.core.config.OutputFormat;
import dev.curate.core.doc.Document;
import dev.curate.filters.FilterPipeline;
import dev.curate.filters.FilterSettings;
import dev.curate.filters.LanguageSettings;
import dev.curate.core.doc.DocumentFilter;
import dev.curate.filters.fasttext.ModelCache;
import dev.curate.jobs.DocumentInput;
import dev.curate.jobs.ShippedFile;
import dev.curate.jobs.Stage;
import dev.curate.jobs.StageOutput;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import dev.curate.filters.quality.QualitySettings;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Documents in, the ones worth training on out: language ID, the language rule, then the
 * heuristic rules, in {@code mapPartitions}; the model loads once per executor JVM.
 *
 * <p>Kept documents gain {@code lang}, {@code lang_score}, {@code lang_script}, {@code
 * quality_score} (null without {@code filter.quality.model}) and {@code filter_signals} (every signal the rules measured, by name); every dropped one goes to {@code
 * rejected/} with the same columns and its {@code reason}. Input columns pass through, except
 * {@code text} (and {@code text_bytes}), which carry the text after C4's line removal when a
 * {@code c4_quality} rule is configured, as in FineWeb.
 */
public final class FilterStage implements Stage {
  public static final String NAME = "filter";
  /** A document whose text is null cannot be judged. */
  public static final String NULL_TEXT = NAME + ".null_text";
  /** Probability of the good label under the quality model; null without one. */
  public static final String QUALITY_SCORE = "quality_score";

  private final String input;
  private final DocumentInput.Format inputFormat;
  private final FilterSettings settings;
  private final OutputFormat format;
  private final PrintStream log;

  public FilterStage(
      String input,
      DocumentInput.Format inputFormat,
      FilterSettings settings,
      OutputFormat format,
      PrintStream log) {
    this.input = input;
    this.inputFormat = inputFormat;
    this.settings = settings;
    this.format = format;
    this.log = log;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Object settings() {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("input", input);
    m.put("format", format.toString());
    m.put("filter", settings);
    if (settings.quality().enabled()) {
      // A retrained model at the same path must redo the stage.
      m.put("quality_model_sha256", qualityModelSha256());
    }
    return m;
  }

  private Path qualityModel() {
    Path model = Path.of(settings.quality().model());
    if (!java.nio.file.Files.isRegularFile(model)) {
      throw new dev.curate.core.config.ConfigException(
          "filter.quality.model: " + model + " does not exist (train one with `curate train-quality`)");
    }
    return model;
  }

  private String qualityModelSha256() {
    Path model = qualityModel();
    try {
      return ModelCache.sha256(model);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read quality model " + model, e);
    }
  }

  @Override
  public StageStats execute(SparkSession spark, String outputDir) {
    Dataset<Row> docs = DocumentInput.read(spark, input, inputFormat);
    String model = modelPath();
    // Ship the models with the job: executors on other machines read their local copy.
    ShippedFile lidFile = ShippedFile.of(spark, Path.of(model));
    QualitySettings quality = settings.quality();
    ShippedFile qualityFile = null;
    if (quality.enabled()) {
      qualityFile = ShippedFile.of(spark, qualityModel());
    }
    log.println("filter: " + new FilterPipeline(settings, model).describe()
        + (quality.keepTopFraction() == null ? "" : " (top " + quality.keepTopFraction() + " kept)"));

    StructType inSchema = docs.schema();
    StructType outSchema =
        inSchema
            .add("lang", DataTypes.StringType)
            .add("lang_score", DataTypes.FloatType)
            .add("lang_script", DataTypes.StringType)
            .add(QUALITY_SCORE, DataTypes.FloatType)
            .add("filter_signals", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType))
            .add("reason", DataTypes.StringType);
    int textIdx = inSchema.fieldIndex("text");
    int idIdx = inSchema.fieldIndex("doc_id");
    int urlIdx = Arrays.asList(inSchema.fieldNames()).indexOf("url");
    int textBytesIdx =
        Arrays.asList(inSchema.fieldNames()).indexOf("text_bytes") >= 0
                && inSchema.apply("text_bytes").dataType().equals(DataTypes.LongType)
            ? inSchema.fieldIndex("text_bytes")
            : -1;
    LanguageSettings language = settings.language();
    List<DocumentFilter> rules = FilterPipeline.build(settings.rules());
    ShippedFile shippedQuality = qualityFile;
    Dataset<Row> all =
        docs.mapPartitions(
                (org.apache.spark.api.java.function.MapPartitionsFunction<Row, Row>)
                    rows ->
                        judge(
                            rows,
                            new FilterPipeline(
                                language,
                                rules,
                                lidFile.localPath(),
                                quality,
                                shippedQuality == null ? null : shippedQuality.localPath()),
                            textIdx,
                            idIdx,
                            urlIdx,
                            textBytesIdx),
                Encoders.row(outSchema))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> judged =
        quality.keepTopFraction() == null ? all : keepTopFraction(all, quality.keepTopFraction());

    String[] allColumns = outSchema.fieldNames();
    String[] keptColumns =
        Arrays.stream(allColumns).filter(c -> !c.equals(StageOutput.REASON)).toArray(String[]::new);
    StageOutput.write(judged, keptColumns, allColumns, outputDir, format);
    long recordsIn = docs.count();
    all.unpersist();

    long kept =
        StageOutput.readKept(spark, StageOutput.select(outSchema, keptColumns), outputDir, format).count();
    Map<String, Long> rejected = StageOutput.rejectedByReason(spark, outSchema, outputDir, format);
    return new StageStats(
        NAME, input, outputDir, format.toString(), recordsIn, kept, rejected, Map.of(), Map.of(), 0, null);
  }

  private String modelPath() {
    return languageModelPath(settings);
  }

  /** The language-ID model of these settings: the configured file, or lid.176.ftz from the cache. */
  public static String languageModelPath(FilterSettings settings) {
    if (settings.language().model() != null) {
      return settings.language().model();
    }
    try {
      return ModelCache.lid176().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot fetch lid.176.ftz into " + ModelCache.defaultDir()
              + " (set filter.language.model to a local copy)", e);
    }
  }

  /**
   * DCLM's cut: of the documents that passed everything else, keeps the {@code ceil(fraction × n)}
   * with the highest {@code quality_score} (ties broken by smaller {@code doc_id}, so the cut is
   * exact and deterministic), and marks the rest {@code quality.below_top_fraction}. The k-th best
   * document is found with a distributed sort and {@code zipWithIndex}; only that one row reaches
   * the driver.
   */
  private Dataset<Row> keepTopFraction(Dataset<Row> all, double fraction) {
    Column passed = functions.col(StageOutput.REASON).isNull();
    Dataset<Row> ranked =
        all.filter(passed)
            .select(functions.col(QUALITY_SCORE), functions.col("doc_id").cast(DataTypes.StringType))
            .orderBy(functions.col(QUALITY_SCORE).desc(), functions.col("doc_id").asc());
    long n = ranked.count();
    long k = (long) Math.ceil(fraction * n);
    if (k >= n) {
      return all;
    }
    Row cut =
        ranked.javaRDD().zipWithIndex().filter(t -> t._2() == k - 1).map(t -> t._1()).first();
    float cutScore = cut.getFloat(0);
    String cutId = cut.getString(1);
    log.printf(
        "filter: keep_top_fraction %.4f keeps %,d of %,d documents, quality_score >= %.6f%n",
        fraction, k, n, cutScore);
    Column inTop =
        functions.col(QUALITY_SCORE).gt(cutScore)
            .or(functions.col(QUALITY_SCORE).equalTo(cutScore)
                .and(functions.col("doc_id").cast(DataTypes.StringType).leq(cutId)));
    return all.withColumn(
        StageOutput.REASON,
        functions.when(passed.and(functions.not(inTop)), functions.lit(FilterPipeline.QUALITY_BELOW_TOP_FRACTION))
            .otherwise(functions.col(StageOutput.REASON)));
  }

  private static Iterator<Row> judge(
      Iterator<Row> rows,
      FilterPipeline pipeline,
      int textIdx,
      int idIdx,
      int urlIdx,
      int textBytesIdx) {
    return new Iterator<Row>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row row = rows.next();
        int n = row.length();
        Object[] values = new Object[n + 6];
        for (int i = 0; i < n; i++) {
          values[i] = row.get(i);
        }
        String text = row.isNullAt(textIdx) ? null : row.getString(textIdx);
        if (text == null) {
          values[n + 5] = NULL_TEXT;
          return RowFactory.create(values);
        }
        String url = urlIdx >= 0 && !row.isNullAt(urlIdx) ? String.valueOf(row.get(urlIdx)) : null;
        FilterPipeline.Verdict v =
            pipeline.apply(new Document(String.valueOf(row.get(idIdx)), url, text, null));
        if (!text.equals(v.text())) {
          values[textIdx] = v.text();
          if (textBytesIdx >= 0) {
            values[textBytesIdx] = (long) v.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
          }
        }
        values[n] = v.language().lang();
        values[n + 1] = v.language().score();
        values[n + 2] = v.language().script();
        values[n + 3] = v.qualityScore();
        values[n + 4] = scala.jdk.javaapi.CollectionConverters.asScala(v.signals());
        values[n + 5] = v.reason();
        return RowFactory.create(values);
      }
    };
  }
}
