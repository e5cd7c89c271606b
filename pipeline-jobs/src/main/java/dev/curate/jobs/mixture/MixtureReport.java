// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.mixture;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curate.core.Mappers;
import dev.curate.mixture.weights.DomainTarget;
import dev.curate.mixture.weights.Mixture;
import dev.curate.mixture.weights.PhaseMixture;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * {@code _MIXTURE.json}: the mixture (strategy, parameters, per phase and over all phases per
 * domain: documents, tokens available, weight, target tokens, epochs) and, counted back from the
 * written plan, the tokens and copies planned per domain and phase.
 */
record MixtureReport(long documents, long plannedTokens, long plannedCopies, long notSampled, ObjectNode json) {

  static MixtureReport of(Mixture mixture, Dataset<Row> written, String tokenizer) {
    Map<String, long[]> planned = new HashMap<>(); // "phase/domain" -> tokens, copies
    for (Row r :
        written.select(col(MixtureStage.DOMAIN), col(MixtureStage.TOKENS),
                functions.posexplode(col(MixtureStage.PHASE_REPEATS)).as(new String[] {"phase", "r"}))
            .groupBy(MixtureStage.DOMAIN, "phase")
            .agg(functions.sum(col(MixtureStage.TOKENS).multiply(col("r"))), functions.sum("r"))
            .collectAsList()) {
      planned.put(r.getInt(1) + "/" + r.getString(0), new long[] {r.getLong(2), r.getLong(3)});
    }
    Row totals =
        written.agg(functions.count(lit(1)), functions.sum(functions.when(col(MixtureStage.REPEATS).equalTo(0), 1).otherwise(0)))
            .first();
    long documents = totals.getLong(0);
    long notSampled = totals.isNullAt(1) ? 0 : totals.getLong(1);

    ObjectNode json = Mappers.JSON.createObjectNode();
    json.put("strategy", mixture.strategy());
    json.set("parameters", Mappers.JSON.valueToTree(mixture.parameters()));
    json.put("budget_tokens", mixture.budgetTokens());
    json.put("tokens_counted", "exact: " + tokenizer + " ids plus one boundary token per document");
    long[] all = new long[2];
    Map<String, long[]> byDomain = new HashMap<>();
    ArrayNode phases = json.putArray("phases");
    for (int p = 0; p < mixture.phases().size(); p++) {
      PhaseMixture phase = mixture.phases().get(p);
      ObjectNode o = phases.addObject();
      o.put("name", phase.name());
      o.put("fraction", phase.fraction());
      o.put("budget_tokens", phase.budgetTokens());
      int index = p;
      domains(o.putArray("domains"), phase.domains(), d -> planned.getOrDefault(index + "/" + d, new long[2]));
      for (DomainTarget d : phase.domains()) {
        long[] x = planned.getOrDefault(p + "/" + d.domain(), new long[2]);
        long[] sum = byDomain.computeIfAbsent(d.domain(), k -> new long[2]);
        sum[0] += x[0];
        sum[1] += x[1];
        all[0] += x[0];
        all[1] += x[1];
      }
    }
    domains(json.putArray("domains"), mixture.domains(), d -> byDomain.getOrDefault(d, new long[2]));
    json.put("planned_tokens", all[0]);
    json.put("planned_copies", all[1]);
    json.put("documents", documents);
    json.put("documents_not_sampled", notSampled);
    return new MixtureReport(documents, all[0], all[1], notSampled, json);
  }

  private static void domains(ArrayNode out, List<DomainTarget> targets, java.util.function.Function<String, long[]> planned) {
    for (DomainTarget d : targets) {
      ObjectNode o = out.addObject();
      o.put("domain", d.domain());
      o.put("documents", d.documents());
      o.put("tokens_available", d.tokensAvailable());
      o.put("weight", d.weight());
      o.put("target_tokens", d.targetTokens());
      o.put("epochs", d.epochs());
      long[] x = planned.apply(d.domain());
      o.put("planned_tokens", x[0]);
      o.put("planned_copies", x[1]);
    }
  }

  void write(SparkSession spark, String outputDir) {
    Path path = new Path(outputDir, MixtureStage.FILE);
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (OutputStream out = fs.create(path, true)) {
        out.write(Mappers.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }
}
