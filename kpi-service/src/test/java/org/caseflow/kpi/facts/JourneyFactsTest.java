package org.caseflow.kpi.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.caseflow.journey.events.JourneyEvent;
import org.junit.jupiter.api.Test;

/** Each event goes to the one feature that claims its type; what no feature claims is passed over. */
class JourneyFactsTest {

    @Test
    void eachEventGoesToTheFeatureThatClaimsItsType() {
        Recorder contacts = new Recorder(Set.of("ContactReceived", "ContactDecided"));
        Recorder referrals = new Recorder(Set.of("ReferralReceived"));
        List<Object> published = new ArrayList<>();
        JourneyFacts facts = new JourneyFacts(List.of(contacts, referrals), published::add);

        facts.apply(event("ContactDecided"));
        facts.apply(event("ReferralReceived"));
        facts.apply(event("ContactReceived"));

        assertThat(contacts.recorded).containsExactly("ContactDecided", "ContactReceived");
        assertThat(referrals.recorded).containsExactly("ReferralReceived");
        assertThat(published).as("what is derived from the facts hears of each event recorded")
                .map(recorded -> ((FactsRecorded) recorded).event().type())
                .containsExactly("ContactDecided", "ReferralReceived", "ContactReceived");
    }

    @Test
    void anEventNoFeatureUsesIsPassedOver() {
        Recorder contacts = new Recorder(Set.of("ContactReceived"));
        List<Object> published = new ArrayList<>();

        new JourneyFacts(List.of(contacts), published::add).apply(event("VisitRecorded"));

        assertThat(contacts.recorded).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void twoFeaturesClaimingOneTypeStopTheServiceStarting() {
        assertThatThrownBy(() -> new JourneyFacts(List.of(new Recorder(Set.of("ReferralReceived")),
                new Recorder(Set.of("ContactReceived", "ReferralReceived"))), event -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ReferralReceived");
    }

    private static JourneyEvent event(String type) {
        return new JourneyEvent(1, UUID.randomUUID(), type, "C1000001", "CON-000001", null, LocalDate.of(2025, 12, 22),
                null, null, "front-door", "frontdoor.worker", Map.of(), "");
    }

    /** A feature that only notes which events reached it. */
    private static final class Recorder implements FactRecorder {

        private final Set<String> types;
        private final List<String> recorded = new ArrayList<>();

        Recorder(Set<String> types) {
            this.types = types;
        }

        @Override
        public Set<String> eventTypes() {
            return types;
        }

        @Override
        public void record(JourneyEvent event) {
            recorded.add(event.type());
        }
    }
}
