package org.caseflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The machine the figures were measured on: they mean little without it. */
record Machine(int cores, double memoryGiB, String processor, String operatingSystem, String java) {

    static Machine thisOne() {
        return new Machine(Runtime.getRuntime().availableProcessors(), readMemoryGiB(), readProcessor(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    }

    String describe() {
        return "%d cores, %.0f GiB memory, %s; %s; %s".formatted(cores, memoryGiB, processor, operatingSystem, java);
    }

    private static double readMemoryGiB() {
        return procLine(Path.of("/proc/meminfo"), "MemTotal:")
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / (1024.0 * 1024.0))
                .orElse(Runtime.getRuntime().maxMemory() / (1024.0 * 1024 * 1024));
    }

    private static String readProcessor() {
        return procLine(Path.of("/proc/cpuinfo"), "model name")
                .map(line -> line.substring(line.indexOf(':') + 1).trim())
                .orElse("processor not known");
    }

    /**
     * The system's load averages over 1, 5 and 15 minutes, as /proc/loadavg gives them: above the cores, other work was
     * waiting for them, and every figure of the run is slower than on a quiet machine.
     */
    static String loadAverages() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "not known";
        }
    }

    private static Optional<String> procLine(Path file, String prefix) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(line -> line.startsWith(prefix)).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
