package org.caseflow.casework.childpage;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A chronology entry's kind (the journey event it came from, e.g. {@code IcpcHeld}) in words for
 * the chronology's filter and its rows: "Initial child protection conference held". The kinds come
 * from every stage, present and future, so they are read from the event's own name rather than
 * listed here; only the abbreviations the journeys use are spelt out.
 */
final class KindWords {

    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "icpc", "initial child protection conference",
            "cp", "child protection",
            "cin", "child in need",
            "cla", "looked-after child",
            "dbs", "DBS");

    private KindWords() {
    }

    static String of(String kind) {
        if (kind == null || kind.isBlank()) {
            return "";
        }
        String words = Arrays.stream(kind.split("(?<=[a-z])(?=[A-Z0-9])|(?<=[0-9])(?=[A-Za-z])|(?<=[A-Z])(?=[A-Z][a-z])"))
                .map(word -> word.toLowerCase(Locale.UK))
                .map(word -> ABBREVIATIONS.getOrDefault(word, word))
                .collect(Collectors.joining(" "))
                .replace("early help", "Early Help");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
