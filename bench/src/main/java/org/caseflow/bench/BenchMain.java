package org.caseflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.caseflow.localstack.Durability;
import org.caseflow.localstack.EmbeddedPostgresServer;

/**
 * {@code bench/run.sh}: the whole benchmark, from the repository's root. It keeps an embedded PostgreSQL of its own in
 * {@code bench/target/postgres} (started without fsync: its data is a cache that a run can always make again), whose
 * datasets later runs use again; prints the results as Markdown and JSON, and writes them to {@code bench/RESULTS.md}.
 * {@code --without-england} leaves out the largest dataset (its first fill takes tens of minutes on two cores);
 * {@code --only=P2,P3} measures only those parts ({@code P4} brings P1, which runs on P4's stack).
 * {@code --fill-demo-council <jdbc url> <user> <password>} is the run command's {@code --demo-scale=council}
 * ({@link DemoCouncil}), not a benchmark.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("--fill-demo-council")) {
            // the run command's --demo-scale=council, before the services start: no benchmark, no database of its own
            DemoCouncil.main(args[1], args[2], args[3]);
            return;
        }
        Path root = Path.of("").toAbsolutePath();
        if (!Files.exists(root.resolve("bench/pom.xml"))) {
            System.err.println("Run the benchmark from the repository's root: bench/run.sh");
            System.exit(2);
        }
        Path data = root.resolve("bench/target/postgres");
        Files.createDirectories(data.getParent());
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startPersistent(data, root.resolve("bench/target/postgres-password"),
                0, Durability.THROWAWAY);
        AtomicBoolean stopped = new AtomicBoolean();
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                postgres.close();
            }
        };
        // Ctrl-C stops the database too, as the run command does
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "bench-postgres-stop"));
        int status = 0;
        try {
            List<String> options = List.of(args);
            Set<String> parts = options.stream().filter(option -> option.startsWith("--only="))
                    .flatMap(option -> Arrays.stream(option.substring("--only=".length()).split(",")))
                    .collect(Collectors.toCollection(TreeSet::new));
            Results results = new Bench(postgres.server(), data, BenchOptions.full(root, !options.contains("--without-england"),
                    parts.isEmpty() ? Set.of("P2", "P3", "P4") : parts)).run();
            System.out.println();
            System.out.println(results.markdown());
            System.out.println(results.json());
        } catch (Throwable failure) {
            failure.printStackTrace();
            status = 1;
        } finally {
            try {
                stop.run();
            } catch (RuntimeException e) {
                System.err.println("Could not stop the benchmark's PostgreSQL: " + e.getMessage());
            }
        }
        // the KPI services started inside have stopped; the JDK's HTTP clients and the stand-in identity provider (whose
        // threads are not daemons) must not keep the process alive, whatever happened above
        System.exit(status);
    }
}
