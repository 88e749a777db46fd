package org.caseflow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The embedded PostgreSQL's superuser password: made on the first run and kept in a file that only
 * its owner may read, so that later runs (and {@code psql}) use the same one.
 */
final class PostgresPasswordFile {

    /** 24 random bytes: 32 characters of URL-safe Base64, safe in a JDBC URL or a shell variable. */
    private static final int RANDOM_BYTES = 24;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PostgresPasswordFile() {
    }

    /** The password kept in {@code file}, made and written there first if there is none. */
    static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            restrictToOwner(file);
            String password = Files.readString(file).strip();
            if (password.isEmpty()) {
                throw new IllegalStateException(file + " holds no password: delete it, and the embedded database with"
                        + " ./run.sh --reset, to start over with a new one");
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the PostgreSQL password in " + file, e);
        }
    }

    static String generate() {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        // created with owner-only permissions from the start: never readable by others, not even briefly
        if (supportsPosixPermissions(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, generate() + System.lineSeparator());
    }

    /** A file copied in from elsewhere may be readable by others: it is narrowed again each run. */
    private static void restrictToOwner(Path file) throws IOException {
        if (supportsPosixPermissions(file)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean supportsPosixPermissions(Path file) throws IOException {
        Path existing = file.toAbsolutePath();
        while (!Files.exists(existing)) {
            existing = existing.getParent();
        }
        return Files.getFileStore(existing).supportsFileAttributeView("posix");
    }
}
