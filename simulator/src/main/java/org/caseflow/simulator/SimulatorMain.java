package org.caseflow.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs a simulated council from the command line ({@code simulator/run.sh}) and prints what it did, month by month, or
 * every step as a line of JSON:
 * <pre>
 * simulator/run.sh --population=33100 --seed=1 --from=2025-11 --to=2026-10
 * simulator/run.sh --referrals-per-year=20000 --steps &gt; steps.jsonl
 * </pre>
 * Options: {@code --population} (default 33,100) or {@code --referrals-per-year} or {@code --england}; {@code --seed}
 * (default 1); {@code --from} and {@code --to} (months, default the 12 months to last month); {@code --steps}.
 */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        CouncilProfile profile = options.containsKey("england") ? CouncilProfile.england()
                : options.containsKey("referrals-per-year") ? CouncilProfile.withReferralsPerYear(Integer.parseInt(options.get("referrals-per-year")))
                : CouncilProfile.ofPopulation(Integer.parseInt(options.getOrDefault("population", String.valueOf(CouncilProfile.REFERENCE_POPULATION))));
        long seed = Long.parseLong(options.getOrDefault("seed", "1"));
        YearMonth last = options.containsKey("to") ? YearMonth.parse(options.get("to")) : YearMonth.now().minusMonths(1);
        YearMonth first = options.containsKey("from") ? YearMonth.parse(options.get("from")) : last.minusMonths(11);
        CouncilSimulation council = CouncilSimulation.of(profile, seed);
        if (options.containsKey("steps")) {
            printSteps(council, first, last);
        } else {
            CouncilTally tally = new CouncilTally();
            long steps = council.run(first, last, tally);
            System.out.printf("%s, seed %d, %s to %s: %,d steps%n%n%s", profile.name(), seed, first, last, steps, tally.table(first, last));
        }
    }

    private static void printSteps(CouncilSimulation council, YearMonth first, YearMonth last) {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            council.run(first, last, step -> {
                try {
                    out.write(json.writeValueAsString(step));
                    out.newLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code --name=value} and {@code --flag}. */
    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Not an option: " + arg + " (options are --name=value or --flag)");
            }
            String[] parts = arg.substring(2).split("=", 2);
            options.put(parts[0], parts.length > 1 ? parts[1] : "true");
        }
        return options;
    }
}
