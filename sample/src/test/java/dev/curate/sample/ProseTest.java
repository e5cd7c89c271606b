// SPDX-License-Identifier: Apache-2.0
package dev.curate.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProseTest {
  @Test
  void dropsLeadingAndTrailingFragments() {
    assertEquals("Ich freue mich sehr. Nun zu den Aspekten.",
        Prose.clean(", wird seine Bedeutung gegen Null gehen. Ich freue mich sehr. Nun zu den Aspekten. Aber wir",
            false, false));
    // the first paragraph of a line loses its first sentence even when it starts upper-case
    assertEquals("Ich glaube nicht.",
        Prose.clean("Personenkontrollen an den Grenzen ist. Ich glaube nicht.", true, false));
    assertEquals("Food safety policy is defence policy.",
        Prose.clean("in writing. - (NL) Food safety policy is defence policy.", false, false));
    assertEquals("Herr talman!", Prose.clean("– Herr talman!", false, false));
    // a speaker's attribution goes, and what follows it is a whole sentence even in a line's start
    assertEquals("Fru talman! Den är bra.",
        Prose.clean("ledamot av kommissionen. - (EN) Fru talman! Den är bra.", true, false));
    assertNull(Prose.clean("till MAI-avtal som förhandlades", true, false));
    assertNull(Prose.clean("(Applause)", false, false));
    assertNull(Prose.clean("(The sitting was closed at 12 noon.)", false, false));
  }

  @Test
  void abbreviationsInitialsAndOrdinalsEndNoSentence() {
    assertEquals("We thank Mr. Smith. We also thank J. Brown.",
        Prose.clean("We thank Mr. Smith. We also thank J. Brown. And Mr.", false, false));
    assertEquals(List.of("Die Sitzung vom 4. Mai wurde vertagt.", "Das ist gut."),
        Prose.sentences("Die Sitzung vom 4. Mai wurde vertagt. Das ist gut.", false));
    assertEquals("Quoted \"text.\" Done?", Prose.clean("Quoted \"text.\" Done? Not", false, false));
  }

  @Test
  void greekQuestionMarkEndsAParagraph() {
    String q = "Ποια είναι η θέση της Επιτροπής;";
    assertEquals(q, Prose.clean(q, false, true));
    assertNull(Prose.clean("What is this;", false, false));
    assertTrue(Prose.endsSentence(q, true));
  }

  @Test
  void countsSentencesTheWayThePipelineAtLeastDoes() {
    assertEquals(3, Prose.countSentences("One is here. Two is here! Three; four: five…"));
    assertEquals(1, Prose.countSentences("Mr. Smith spoke."));
  }

  @Test
  void guessesTheLanguage() {
    assertEquals("en", Prose.language(List.of(
        "The Commission has said that this is not the case, and we should have a vote on it.")));
    assertEquals("de", Prose.language(List.of(
        "Ich glaube nicht, daß die Kommission das auch so sieht, und wir werden es nicht zulassen.")));
    assertEquals("el", Prose.language(List.of(
        "Η ημερήσια διάταξη προβλέπει τη σύσταση για τη δεύτερη ανάγνωση της Επιτροπής Περιβάλλοντος.")));
    assertNull(Prose.language(List.of("Lorem ipsum dolor sit amet.")));
  }
}
