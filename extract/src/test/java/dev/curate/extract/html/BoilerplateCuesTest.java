// SPDX-License-Identifier: Apache-2.0
package dev.curate.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class BoilerplateCuesTest {

  @Test
  void cueWordsAreFoundWhateverTheirCase() {
    int promo = BoilerplateCues.scan("promo");
    assertNotEquals(0, promo);
    assertEquals(promo, BoilerplateCues.scan("PROMO"));
    assertEquals(promo, BoilerplateCues.scan("Promo"));
    assertEquals(BoilerplateCues.scan("markdown"), BoilerplateCues.scan("MARKDOWN"));
  }

  @Test
  void aTokenThatOnlyContainsACueWordIsNotOne() {
    assertEquals(0, BoilerplateCues.scan("promotional"));
    assertEquals(0, BoilerplateCues.scan("xpromo"));
  }
}
