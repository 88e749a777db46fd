package org.caseflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseflow.localstack.Database;

/**
 * Runs {@link BareEngine} as a process of its own, from the benchmark's own executable jar, with the JVM settings the run
 * command gives every service, and reads its figures back.
 */
final class BareEngineBenchmark {

    /** What the bare engine did. */
    record Figures(int completed, long millis, double p50Millis, double p99Millis) {

        double completionsPerSecond() {
            return completed * 1000.0 / millis;
        }
    }

    private static final Pattern FIGURES = Pattern.compile("completions=(\\d+) millis=(\\d+) p50=([0-9.]+) p99=([0-9.]+)");
    /** Spring Boot's launcher for an executable jar whose main class is chosen at the command line. */
    private static final String LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private final Path benchJar;
    private final Path logFile;

    BareEngineBenchmark(Path benchJar, Path logFile) {
        this.benchJar = benchJar;
        this.logFile = logFile;
    }

    /** The jar this benchmark runs from, when it was started with {@code java -jar}. */
    static Path runningJar() {
        Path classPath = Path.of(System.getProperty("java.class.path"));
        if (!classPath.toString().endsWith(".jar") || !Files.exists(classPath)) {
            throw new IllegalStateException("The bare engine runs from the benchmark's executable jar (bench/run.sh), not from "
                    + classPath);
        }
        return classPath;
    }

    Figures measure(Database database, int instances, int threads) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Duser.timezone=Europe/London",
                "-Dfile.encoding=UTF-8", "-Dloader.main=" + BareEngine.class.getName(), "-cp", benchJar.toString(), LAUNCHER,
                database.jdbcUrl(), database.username(), database.password(), String.valueOf(instances), String.valueOf(threads));
        Files.createDirectories(logFile.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroy();
            throw new IllegalStateException("The bare engine had not finished after 10 minutes; see " + logFile);
        }
        String output = Files.readString(logFile);
        Matcher figures = FIGURES.matcher(output);
        if (process.exitValue() != 0 || !figures.find()) {
            throw new IllegalStateException("The bare engine failed (exit " + process.exitValue() + "); see " + logFile);
        }
        return new Figures(Integer.parseInt(figures.group(1)), Long.parseLong(figures.group(2)), Double.parseDouble(figures.group(3)),
                Double.parseDouble(figures.group(4)));
    }
}
