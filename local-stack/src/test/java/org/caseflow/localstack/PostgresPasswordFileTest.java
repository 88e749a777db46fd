package org.caseflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresPasswordFileTest {

    @TempDir
    Path home;

    @Test
    void theFirstRunMakesALongUrlSafePassword() {
        String password = PostgresPasswordFile.readOrCreate(home.resolve("postgres-password"));

        assertThat(password).hasSizeGreaterThanOrEqualTo(24).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void laterRunsReadTheSamePassword() {
        Path file = home.resolve("postgres-password");

        assertThat(PostgresPasswordFile.readOrCreate(file)).isEqualTo(PostgresPasswordFile.readOrCreate(file));
    }

    @Test
    void everyNewFileHasItsOwnPassword() {
        assertThat(PostgresPasswordFile.readOrCreate(home.resolve("a/postgres-password")))
                .isNotEqualTo(PostgresPasswordFile.readOrCreate(home.resolve("b/postgres-password")));
    }

    @Test
    void onlyItsOwnerMayReadTheFile() throws IOException {
        assumeThat(Files.getFileStore(home).supportsFileAttributeView("posix")).isTrue();
        Path file = home.resolve("caseflow/postgres-password");

        PostgresPasswordFile.readOrCreate(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aFileOthersCanReadIsNarrowedToItsOwner() throws IOException {
        assumeThat(Files.getFileStore(home).supportsFileAttributeView("posix")).isTrue();
        Path file = Files.writeString(home.resolve("postgres-password"), "kept-from-before\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(PostgresPasswordFile.readOrCreate(file)).isEqualTo("kept-from-before");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void anEmptyFileIsRefusedRatherThanUsedAsAPassword() throws IOException {
        Path file = Files.writeString(home.resolve("postgres-password"), "\n");

        assertThatThrownBy(() -> PostgresPasswordFile.readOrCreate(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holds no password");
    }
}
