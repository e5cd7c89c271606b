// SPDX-License-Identifier: Apache-2.0
package dev.curate.filters.lid;

import java.util.HashMap;
import java.util.Map;

/**
 * The dominant writing system of a text's letters, as an ISO 15924 four-letter code ({@code Latn},
 * {@code Cyrl}, {@code Hani}, {@code Arab}, ...).
 *
 * <p>Each letter ({@link Character#isLetter(int)}) is classified with {@link
 * Character.UnicodeScript#of(int)}; {@code Common} and {@code Inherited} letters are ignored. The
 * script with most letters wins; of scripts with equal counts, the one that reached that count
 * first wins. A text without such letters gives {@code Zyyy} (Common). Scripts newer than this
 * table give {@code Zzzz}.
 *
 * <p><b>NOTE</b>: Japanese mixes Han, Hiragana and Katakana; the most frequent of the three wins.
 */
public final class DominantScript {
  /** ISO 15924 code for text with no script-specific letters. */
  public static final String COMMON = "Zyyy";

  /** ISO 15924 code for a script this table does not know. */
  public static final String UNKNOWN = "Zzzz";

  // Character.UnicodeScript name -> ISO 15924 code, generated from ICU's UScript.getShortName
  // for the scripts of Java 25 (Unicode 16).
  private static final String TABLE =
      "COMMON Zyyy,LATIN Latn,GREEK Grek,CYRILLIC Cyrl,ARMENIAN Armn,HEBREW Hebr,ARABIC Arab,SYRIAC"
          + " Syrc,THAANA Thaa,DEVANAGARI Deva,BENGALI Beng,GURMUKHI Guru,GUJARATI Gujr,ORIYA"
          + " Orya,TAMIL Taml,TELUGU Telu,KANNADA Knda,MALAYALAM Mlym,SINHALA Sinh,THAI Thai,LAO"
          + " Laoo,TIBETAN Tibt,MYANMAR Mymr,GEORGIAN Geor,HANGUL Hang,ETHIOPIC Ethi,CHEROKEE"
          + " Cher,CANADIAN_ABORIGINAL Cans,OGHAM Ogam,RUNIC Runr,KHMER Khmr,MONGOLIAN"
          + " Mong,HIRAGANA Hira,KATAKANA Kana,BOPOMOFO Bopo,HAN Hani,YI Yiii,OLD_ITALIC"
          + " Ital,GOTHIC Goth,DESERET Dsrt,INHERITED Zinh,TAGALOG Tglg,HANUNOO Hano,BUHID"
          + " Buhd,TAGBANWA Tagb,LIMBU Limb,TAI_LE Tale,LINEAR_B Linb,UGARITIC Ugar,SHAVIAN"
          + " Shaw,OSMANYA Osma,CYPRIOT Cprt,BRAILLE Brai,BUGINESE Bugi,COPTIC Copt,NEW_TAI_LUE"
          + " Talu,GLAGOLITIC Glag,TIFINAGH Tfng,SYLOTI_NAGRI Sylo,OLD_PERSIAN Xpeo,KHAROSHTHI"
          + " Khar,BALINESE Bali,CUNEIFORM Xsux,PHOENICIAN Phnx,PHAGS_PA Phag,NKO Nkoo,SUNDANESE"
          + " Sund,BATAK Batk,LEPCHA Lepc,OL_CHIKI Olck,VAI Vaii,SAURASHTRA Saur,KAYAH_LI"
          + " Kali,REJANG Rjng,LYCIAN Lyci,CARIAN Cari,LYDIAN Lydi,CHAM Cham,TAI_THAM Lana,TAI_VIET"
          + " Tavt,AVESTAN Avst,EGYPTIAN_HIEROGLYPHS Egyp,SAMARITAN Samr,MANDAIC Mand,LISU"
          + " Lisu,BAMUM Bamu,JAVANESE Java,MEETEI_MAYEK Mtei,IMPERIAL_ARAMAIC"
          + " Armi,OLD_SOUTH_ARABIAN Sarb,INSCRIPTIONAL_PARTHIAN Prti,INSCRIPTIONAL_PAHLAVI"
          + " Phli,OLD_TURKIC Orkh,BRAHMI Brah,KAITHI Kthi,MEROITIC_HIEROGLYPHS"
          + " Mero,MEROITIC_CURSIVE Merc,SORA_SOMPENG Sora,CHAKMA Cakm,SHARADA Shrd,TAKRI Takr,MIAO"
          + " Plrd,CAUCASIAN_ALBANIAN Aghb,BASSA_VAH Bass,DUPLOYAN Dupl,ELBASAN Elba,GRANTHA"
          + " Gran,PAHAWH_HMONG Hmng,KHOJKI Khoj,LINEAR_A Lina,MAHAJANI Mahj,MANICHAEAN"
          + " Mani,MENDE_KIKAKUI Mend,MODI Modi,MRO Mroo,OLD_NORTH_ARABIAN Narb,NABATAEAN"
          + " Nbat,PALMYRENE Palm,PAU_CIN_HAU Pauc,OLD_PERMIC Perm,PSALTER_PAHLAVI Phlp,SIDDHAM"
          + " Sidd,KHUDAWADI Sind,TIRHUTA Tirh,WARANG_CITI Wara,AHOM Ahom,ANATOLIAN_HIEROGLYPHS"
          + " Hluw,HATRAN Hatr,MULTANI Mult,OLD_HUNGARIAN Hung,SIGNWRITING Sgnw,ADLAM"
          + " Adlm,BHAIKSUKI Bhks,MARCHEN Marc,NEWA Newa,OSAGE Osge,TANGUT Tang,MASARAM_GONDI"
          + " Gonm,NUSHU Nshu,SOYOMBO Soyo,ZANABAZAR_SQUARE Zanb,HANIFI_ROHINGYA Rohg,OLD_SOGDIAN"
          + " Sogo,SOGDIAN Sogd,DOGRA Dogr,GUNJALA_GONDI Gong,MAKASAR Maka,MEDEFAIDRIN Medf,ELYMAIC"
          + " Elym,NANDINAGARI Nand,NYIAKENG_PUACHUE_HMONG Hmnp,WANCHO Wcho,YEZIDI Yezi,CHORASMIAN"
          + " Chrs,DIVES_AKURU Diak,KHITAN_SMALL_SCRIPT Kits,VITHKUQI Vith,OLD_UYGHUR"
          + " Ougr,CYPRO_MINOAN Cpmn,TANGSA Tnsa,TOTO Toto,KAWI Kawi,NAG_MUNDARI Nagm,TODHRI"
          + " Todr,GARAY Gara,TULU_TIGALARI Tutg,SUNUWAR Sunu,GURUNG_KHEMA Gukh,KIRAT_RAI"
          + " Krai,OL_ONAL Onao,UNKNOWN Zzzz,";

  private static final String[] ISO = isoByOrdinal();

  private DominantScript() {}

  private static String[] isoByOrdinal() {
    Map<String, String> byName = new HashMap<>();
    for (String pair : TABLE.split(",")) {
      if (!pair.isEmpty()) {
        int sp = pair.indexOf(' ');
        byName.put(pair.substring(0, sp), pair.substring(sp + 1));
      }
    }
    Character.UnicodeScript[] scripts = Character.UnicodeScript.values();
    String[] iso = new String[scripts.length];
    for (Character.UnicodeScript s : scripts) {
      iso[s.ordinal()] = byName.getOrDefault(s.name(), UNKNOWN);
    }
    return iso;
  }

  /** ISO 15924 code of a Unicode script. */
  public static String isoCode(Character.UnicodeScript script) {
    return ISO[script.ordinal()];
  }

  /** ISO 15924 code of the dominant script of {@code text}'s letters; see the class comment. */
  public static String of(CharSequence text) {
    int[] counts = new int[ISO.length];
    int best = -1;
    int bestCount = 0;
    for (int i = 0, n = text.length(); i < n; ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      Character.UnicodeScript s = Character.UnicodeScript.of(cp);
      if (s == Character.UnicodeScript.COMMON || s == Character.UnicodeScript.INHERITED) {
        continue;
      }
      int c = ++counts[s.ordinal()];
      if (c > bestCount) {
        bestCount = c;
        best = s.ordinal();
      }
    }
    return best < 0 ? COMMON : ISO[best];
  }
}
