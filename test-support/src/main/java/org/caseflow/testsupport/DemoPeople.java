package org.caseflow.testsupport;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** The demo people of the local run, read from the one file that defines them. */
final class DemoPeople {

    private static final String DIRECTORY = "demo/caseflow-demo-directory.yml";

    record Person(List<String> groups) {
    }

    private DemoPeople() {
    }

    static Map<String, List<String>> groupsByUser() {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(DIRECTORY, new ClassPathResource(DIRECTORY));
            Map<String, Person> users = new Binder(ConfigurationPropertySources.from(sources))
                    .bind("caseflow.directory.people", Bindable.mapOf(String.class, Person.class))
                    .orElseThrow(() -> new IllegalStateException(DIRECTORY + " names no demo people"));
            return users.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().groups()));
        } catch (IOException e) {
            throw new IllegalStateException("Tests that sign in demo people need " + DIRECTORY + " (from service-support)", e);
        }
    }
}
