package org.caseflow.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * CPU time used so far, in milliseconds: by this JVM (where the KPI service runs) and by the PostgreSQL server the
 * bench started (its postmaster and every backend, read from /proc). CPU per operation is the difference over a run
 * divided by the operations; it shows where the time goes when two processes share two cores.
 */
final class CpuClock {

    /** Linux's USER_HZ: /proc counts CPU time in hundredths of a second. */
    private static final long TICKS_PER_SECOND = 100;

    private final Long postmasterPid;

    private CpuClock(Long postmasterPid) {
        this.postmasterPid = postmasterPid;
    }

    /** @param postgresDataDirectory the data directory of a server started here; null when it runs elsewhere */
    static CpuClock of(Path postgresDataDirectory) {
        if (postgresDataDirectory == null) {
            return new CpuClock(null);
        }
        try {
            String pid = Files.readAllLines(postgresDataDirectory.resolve("postmaster.pid")).get(0).strip();
            return new CpuClock(Long.parseLong(pid));
        } catch (IOException | RuntimeException e) {
            return new CpuClock(null);
        }
    }

    long jvmMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }

    /** Empty when the server is not one this machine's /proc shows. */
    OptionalLong postgresMillis() {
        if (postmasterPid == null) {
            return OptionalLong.empty();
        }
        long ticks = ticksOf(postmasterPid);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            ticks += processes.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(path -> childTicks(path, postmasterPid)).sum();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(ticks * 1000 / TICKS_PER_SECOND);
    }

    private static long childTicks(Path process, long parent) {
        String[] fields = statFields(process);
        return fields != null && Long.parseLong(fields[1]) == parent ? Long.parseLong(fields[11]) + Long.parseLong(fields[12]) : 0;
    }

    private static long ticksOf(long pid) {
        String[] fields = statFields(Path.of("/proc", String.valueOf(pid)));
        return fields == null ? 0 : Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** The fields of /proc/pid/stat after the command's name (which may hold spaces): state, ppid, … utime is [11], stime [12]. */
    private static String[] statFields(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
