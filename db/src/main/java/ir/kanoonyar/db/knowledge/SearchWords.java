package ir.kanoonyar.db.knowledge;

import java.util.LinkedHashSet;
import java.util.Set;

import ir.kanoonyar.db.persian.PersianText;

/**
 * The words of a text as the knowledge base compares them: Arabic ي/ك as Persian ی/ک, Persian and
 * Arabic digits as ASCII, diacritics, tatweel and half-spaces (ZWNJ) dropped («می‌خواهم» = «میخواهم»),
 * hamza forms folded; punctuation splits words; very common words are left out.
 */
final class SearchWords {

    private static final Set<String> COMMON = Set.of("از", "به", "در", "که", "را", "و", "با", "برای", "این", "آن",
            "است", "چه", "چطور", "چگونه", "یک", "هم", "تا", "یا", "من", "ما", "شما", "ایا", "کنم", "کنیم", "میخواهم",
            "باید", "هست", "بر", "اگر", "چی", "چیست");

    private SearchWords() {
    }

    static Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        String normal = PersianText.normalize(text);
        for (String raw : normal.split("[\\s\\p{Punct}،؛؟«»٬٫\\u06D4]+")) {
            String word = PersianText.matchKey(raw);
            if (word != null && word.length() > 1 && !COMMON.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
