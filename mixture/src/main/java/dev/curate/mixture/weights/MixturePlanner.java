// SPDX-License-Identifier: Apache-2.0
package dev.curate.mixture.weights;

import dev.curate.core.config.MixtureSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns domain sizes and {@code mixture:} settings into a {@link Mixture}: the strategy's weights,
 * per phase multiplied by the phase's upsampling and put within the share bounds, times the
 * phase's slice of the budget; then every domain's epochs over all phases are checked against
 * {@code max_epochs}.
 */
public final class MixturePlanner {
  private MixturePlanner() {}

  public static Mixture plan(List<DomainSize> sizes, MixtureSettings s) {
    if (sizes.isEmpty()) {
      throw new InfeasibleMixtureException("mixture: no domains (no documents in the input)");
    }
    long available = sizes.stream().mapToLong(DomainSize::tokens).sum();
    double budget = s.budgetTokens() != null ? s.budgetTokens() : available;
    Map<String, Double> base = StrategyWeights.of(sizes, s, budget);
    ShareBounds bounds = new ShareBounds(sizes, s);

    List<PhaseMixture> phases = new ArrayList<>();
    Map<String, Double> total = new LinkedHashMap<>();
    for (MixtureSettings.Phase phase : s.effectivePhases()) {
      for (String d : phase.upsample().keySet()) {
        if (!base.containsKey(d)) {
          throw new InfeasibleMixtureException(
              "mixture.phases." + phase.name() + ".upsample: domain '" + d + "' is not in the data (domains: "
                  + StrategyWeights.names(sizes) + ")");
        }
      }
      Map<String, Double> up = new LinkedHashMap<>();
      base.forEach((d, w) -> up.put(d, w * phase.upsample().getOrDefault(d, 1.0)));
      Map<String, Double> w =
          bounds.apply(StrategyWeights.normalised(up, "mixture.phases." + phase.name() + ".upsample"));
      double phaseBudget = budget * phase.fraction();
      List<DomainTarget> targets = new ArrayList<>();
      for (DomainSize d : sizes) {
        double target = w.get(d.domain()) * phaseBudget;
        targets.add(target(d, w.get(d.domain()), target));
        total.merge(d.domain(), target, Double::sum);
      }
      phases.add(new PhaseMixture(phase.name(), phase.fraction(), phaseBudget, targets));
    }

    List<DomainTarget> domains = new ArrayList<>();
    for (DomainSize d : sizes) {
      double target = total.get(d.domain());
      DomainTarget t = target(d, target / budget, target);
      if (t.epochs() > s.maxEpochs() * (1 + 1e-9)) {
        throw new InfeasibleMixtureException(
            String.format(
                "mixture.max_epochs: budget %s tokens needs %s epochs of domain %s > max_epochs %s "
                    + "(%s tokens available, target %s)",
                Tokens.human(budget), Tokens.number(t.epochs()), d.domain(), Tokens.number(s.maxEpochs()),
                Tokens.human(d.tokens()), Tokens.human(target)));
      }
      domains.add(t);
    }
    return new Mixture(s.strategy().toString(), parameters(s, budget), budget, domains, phases);
  }

  private static DomainTarget target(DomainSize d, double weight, double target) {
    double epochs = target == 0 ? 0 : d.tokens() == 0 ? Double.POSITIVE_INFINITY : target / d.tokens();
    return new DomainTarget(d.domain(), d.documents(), d.tokens(), weight, target, epochs);
  }

  private static Map<String, Object> parameters(MixtureSettings s, double budget) {
    Map<String, Object> p = new LinkedHashMap<>();
    if (s.strategy() == MixtureSettings.Strategy.TEMPERATURE) {
      p.put("temperature", s.temperature());
    }
    if (s.strategy() == MixtureSettings.Strategy.EXPLICIT) {
      p.put("weights", new java.util.TreeMap<>(s.weights()));
    }
    p.put("budget_tokens", budget);
    p.put("budget_from", s.budgetTokens() != null ? "config" : "tokens available");
    p.put("max_epochs", s.maxEpochs());
    p.put("min_share", new java.util.TreeMap<>(s.minShare()));
    p.put("max_share", new java.util.TreeMap<>(s.maxShare()));
    p.put("dedup_weights", s.dedupWeights());
    p.put("max_dedup_weight", s.maxDedupWeight());
    p.put("seed", s.seed());
    return p;
  }
}
