package org.caseflow.identity;

import java.util.List;
import org.caseflow.support.directory.Directory;
import org.caseflow.support.security.CaseflowAuthorities;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The demo people who can sign in: the local profile's directory, all with its one demo password. */
@Configuration
class DemoPeople {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    InMemoryUserDetailsManager signInAccounts(Directory directory, PasswordEncoder passwords,
            @Value("${caseflow.identity-provider.demo-password:}") String demoPassword) {
        if (directory.people().isEmpty() || demoPassword.isBlank()) {
            throw new IllegalStateException("The local identity provider has no people: run it with the local profile.");
        }
        String password = passwords.encode(demoPassword);
        List<UserDetails> people = directory.people().entrySet().stream()
                .map(person -> User.withUsername(person.getKey())
                        .password(password)
                        .authorities(person.getValue().groups().stream()
                                .map(group -> new SimpleGrantedAuthority(CaseflowAuthorities.group(group))).toList())
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(people);
    }
}
