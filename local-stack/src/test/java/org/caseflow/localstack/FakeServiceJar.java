package org.caseflow.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Executable jars for the launcher's tests, where the services' jars would be. */
final class FakeServiceJar {

    private FakeServiceJar() {
    }

    /** A jar that runs {@link FakeService}: it starts, answers health, and runs until stopped. */
    static void write(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        String classFile = FakeService.class.getName().replace('.', '/') + ".class";
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream compiled = FakeService.class.getClassLoader().getResourceAsStream(classFile)) {
            out.putNextEntry(new JarEntry(classFile));
            compiled.transferTo(out);
            out.closeEntry();
        }
    }

    /** A file where a jar should be that is none: the JVM refuses it and exits at once, every time. */
    static void writeBroken(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "not a jar");
    }

    /** Where {@link CaseflowStack} looks for the service's jar under {@code repository}. */
    static Path of(Path repository, CaseflowService service) {
        return repository.resolve(service.module()).resolve("target").resolve(service.module() + "-0.1.0-SNAPSHOT-exec.jar");
    }
}
