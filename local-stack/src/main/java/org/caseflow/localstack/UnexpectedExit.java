package org.caseflow.localstack;

import java.nio.file.Path;

/**
 * A service's process ended without being asked to stop.
 *
 * @param exitCode as the operating system reported it: 128 + the signal's number for a process
 *                 ended by a signal (137 for {@code kill -9}, which is also how the system ends a
 *                 process when memory runs out)
 * @param logFile  where its output went, the place to look for why
 */
public record UnexpectedExit(CaseflowService service, int exitCode, Path logFile) {

    private static final int SIGNALLED = 128;
    private static final int SIGKILL = 9;
    private static final int SIGTERM = 15;

    /** One line for a person: which service, how it ended, and which log to read. */
    public String describe() {
        return service.module() + " stopped unexpectedly (" + how() + "). Its log: " + logFile.toAbsolutePath();
    }

    private String how() {
        if (exitCode == SIGNALLED + SIGKILL) {
            return "exit code " + exitCode + ": killed, which is also what happens when the machine runs out of memory";
        }
        if (exitCode == SIGNALLED + SIGTERM) {
            return "exit code " + exitCode + ": terminated by a signal from outside Caseflow";
        }
        return "exit code " + exitCode;
    }
}
