package vn.motcua.intake.catalogue;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/**
 * The words of a catalogue search. Matching itself is accent- and case-insensitive in the database
 * ({@code motcua_search_key}: "dang ky khai sinh" finds "Đăng ký khai sinh"); here the query is only split
 * into words, so that every word must occur and their order does not matter. Separators are anything but
 * letters, digits and the dot of procedure codes ({@code 1.001193}), which also keeps LIKE wildcards out.
 */
public record SearchTerms(List<String> words) {

    static final int MAX_WORDS = 12;
    static final int MAX_QUERY_LENGTH = 200;

    public static SearchTerms parse(String query) {
        if (query == null || query.isBlank()) {
            return new SearchTerms(List.of());
        }
        String text = Normalizer.normalize(query, Normalizer.Form.NFC);
        List<String> words = Arrays.stream(text.split("[^\\p{L}\\p{M}\\p{Nd}.]+"))
                .map(w -> w.replaceAll("^\\.+|\\.+$", ""))
                .filter(w -> !w.isEmpty())
                .distinct()
                .limit(MAX_WORDS)
                .toList();
        return new SearchTerms(words);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The words joined by single spaces: a result containing them as a phrase ranks first. */
    public String phrase() {
        return String.join(" ", words);
    }
}
