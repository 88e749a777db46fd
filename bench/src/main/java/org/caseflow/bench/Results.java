package org.caseflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's figures, as a Markdown table for people and as JSON for tools. */
final class Results {

    private final Machine machine;
    private final ZonedDateTime startedAt;
    private final List<Result> results = new ArrayList<>();
    private final List<String> remarks = new ArrayList<>();

    Results(Machine machine, ZonedDateTime startedAt) {
        this.machine = machine;
        this.startedAt = startedAt;
    }

    void add(Result result) {
        results.add(result);
        System.out.println("  " + result.id() + " " + result.what() + (result.scale().isEmpty() ? "" : " (" + result.scale() + ")")
                + ": " + shown(result) + (result.goal() == null ? "" : ", goal " + result.goal()) + " – " + result.verdict());
    }

    /** Something a reader of the figures should know: what else ran, what was left out. */
    void remark(String remark) {
        remarks.add(remark);
    }

    List<Result> all() {
        return List.copyOf(results);
    }

    String markdown() {
        StringBuilder table = new StringBuilder();
        table.append("Measured ").append(startedAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append(" on ")
                .append(machine.describe()).append(".\n\n");
        table.append("| id | what | scale | measured | baseline (same run) | goal | verdict |\n");
        table.append("|---|---|---|---|---|---|---|\n");
        for (Result result : results) {
            table.append("| %s | %s | %s | %s | %s | %s | %s |%n".formatted(result.id(), result.what(), result.scale(), shown(result),
                    result.baseline() == null ? "–" : result.baseline(), result.goal() == null ? "–" : result.goal(), result.verdict()));
        }
        table.append("\nHow each was measured:\n\n");
        for (Result result : results) {
            if (result.note() != null && !result.note().isBlank()) {
                table.append("- ").append(result.id()).append(", ").append(result.what())
                        .append(result.scale().isEmpty() ? "" : " (" + result.scale() + ")").append(": ").append(result.note()).append('\n');
            }
        }
        if (!remarks.isEmpty()) {
            table.append("\nRemarks:\n\n");
            remarks.forEach(remark -> table.append("- ").append(remark).append('\n'));
        }
        return table.toString();
    }

    String json() {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("measuredAt", startedAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        ObjectNode onMachine = root.putObject("machine");
        onMachine.put("cores", machine.cores());
        onMachine.put("memoryGiB", Math.round(machine.memoryGiB() * 10) / 10.0);
        onMachine.put("processor", machine.processor());
        onMachine.put("operatingSystem", machine.operatingSystem());
        onMachine.put("java", machine.java());
        ArrayNode figures = root.putArray("results");
        for (Result result : results) {
            ObjectNode figure = figures.addObject();
            figure.put("id", result.id());
            figure.put("what", result.what());
            figure.put("scale", result.scale());
            if (result.value() == null) {
                figure.putNull("value");
            } else {
                figure.put("value", result.value());
            }
            figure.put("unit", result.unit());
            figure.put("lowerBound", result.atLeast());
            figure.put("baseline", result.baseline());
            figure.put("goal", result.goal());
            figure.put("verdict", result.verdict());
            figure.put("note", result.note());
        }
        ArrayNode notes = root.putArray("remarks");
        remarks.forEach(notes::add);
        try {
            return json.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The results file of the repository: the last run's figures, with how to run again. */
    void writeResultsFile(Path file, String command) {
        String text = "# Benchmark results\n\n"
                + "The last run of `" + command + "` (see the README, section Benchmarks). Each figure is measured in the same run as "
                + "its baseline; a goal met on this machine may not be on another.\n\n"
                + markdown()
                + "\nThe same as JSON:\n\n```json\n" + json() + "\n```\n";
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    static String shown(Result result) {
        if (result.value() == null) {
            return "–";
        }
        double value = result.value();
        String prefix = result.atLeast() ? "> " : "";
        String number = Math.abs(value) >= 100 ? String.format(Locale.UK, "%,.0f", value)
                : Math.abs(value) >= 10 ? String.format(Locale.UK, "%.1f", value) : String.format(Locale.UK, "%.2f", value);
        return prefix + (result.unit().isEmpty() ? number : number + " " + result.unit());
    }
}
