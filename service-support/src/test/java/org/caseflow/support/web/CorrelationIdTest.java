package org.caseflow.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorrelationIdTest {

    @Test
    void aSafeIdFromTheCallerIsKept() {
        assertThat(CorrelationId.acceptOrCreate("abc-123_X.y")).isEqualTo("abc-123_X.y");
    }

    @Test
    void aMissingOrUnsafeIdIsReplaced() {
        assertThat(CorrelationId.acceptOrCreate(null)).hasSize(36);
        assertThat(CorrelationId.acceptOrCreate("line\nbreak")).isNotEqualTo("line\nbreak").hasSize(36);
        assertThat(CorrelationId.acceptOrCreate("x".repeat(65))).hasSize(36);
    }
}
