package org.caseflow.support.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

class DatabaseDefaultsTest {

    @Test
    void aServiceWithADatabaseGetsTheSharedSettings() {
        StandardEnvironment environment = new StandardEnvironment();

        new DatabaseDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.hikari.connection-timeout")).isEqualTo("2000");
        assertThat(environment.getProperty("spring.datasource.hikari.validation-timeout")).isEqualTo("1000");
        assertThat(environment.getProperty("management.endpoint.health.group.readiness.include")).isEqualTo("readinessState,db");
    }

    @Test
    void aServicesOwnSettingWins() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application.yml",
                Map.of("spring.datasource.hikari.connection-timeout", "5000")));

        new DatabaseDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.hikari.connection-timeout")).isEqualTo("5000");
        assertThat(environment.getProperty("spring.datasource.hikari.validation-timeout")).isEqualTo("1000");
    }

    @Test
    void aServiceWithoutADatabaseGetsNoneOfThem() {
        StandardEnvironment environment = new StandardEnvironment();
        SpringApplication gateway = new SpringApplication();
        // the gateway's and the identity provider's class path: no connection pool on it
        gateway.setResourceLoader(new DefaultResourceLoader(new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())));

        new DatabaseDefaults().postProcessEnvironment(environment, gateway);

        assertThat(environment.getPropertySources().contains(DatabaseDefaults.SOURCE_NAME)).isFalse();
        assertThat(environment.getProperty("management.endpoint.health.group.readiness.include")).isNull();
    }
}
