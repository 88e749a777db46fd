package org.caseflow.localstack;

/**
 * Whether an embedded PostgreSQL keeps what it has committed through an operating-system crash or
 * a power loss. Every caller says which it wants: a fast server must never be had by accident.
 */
public enum Durability {

    /**
     * PostgreSQL's own defaults: {@code fsync} on, so that the write-ahead log reaches the disk, and
     * {@code synchronous_commit} on, so that a commit is acknowledged only once it has. The run
     * command's server, where people keep their work.
     */
    DURABLE("on"),

    /**
     * {@code fsync} and {@code synchronous_commit} off: commits are acknowledged before anything is
     * written to disk. Much faster, and a crash or power loss can lose committed work or corrupt the
     * whole data directory. Only for databases that are thrown away, such as the tests'.
     */
    THROWAWAY("off");

    private final String flushSetting;

    Durability(String flushSetting) {
        this.flushSetting = flushSetting;
    }

    /** The value of both {@code fsync} and {@code synchronous_commit}. */
    String flushSetting() {
        return flushSetting;
    }
}
