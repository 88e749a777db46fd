package org.caseflow.casework.chronology;

/** How the chronology says which of a child's plans or periods of care one is: "2nd", "11th", "21st". */
public final class Ordinals {

    private Ordinals() {
    }

    /** 1st, 2nd, 3rd, 4th, ... 11th, 12th, 13th, ... 21st. */
    public static String of(int number) {
        int lastTwo = number % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (number % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return number + suffix;
    }
}
