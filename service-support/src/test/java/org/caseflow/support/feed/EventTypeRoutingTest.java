package org.caseflow.support.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventTypeRoutingTest {

    record Handler(String name, Set<String> types) {
    }

    @Test
    void eachTypeGoesToTheHandlerThatClaimsIt() {
        Handler contacts = new Handler("contacts", Set.of("ContactReceived", "ContactDecided"));
        Handler referrals = new Handler("referrals", Set.of("ReferralReceived"));
        EventTypeRouting<Handler> routing = EventTypeRouting.of(List.of(contacts, referrals), Handler::types);

        assertThat(routing.handlerFor("ContactDecided")).contains(contacts);
        assertThat(routing.handlerFor("ReferralReceived")).contains(referrals);
        assertThat(routing.handlerFor("VisitRecorded")).isEmpty();
    }

    @Test
    void aTypeClaimedTwiceIsRefusedAtStartUp() {
        assertThatThrownBy(() -> EventTypeRouting.of(List.of(new Handler("a", Set.of("ContactDecided")),
                new Handler("b", Set.of("ContactDecided"))), Handler::types))
                .hasMessageContaining("ContactDecided");
    }
}
