-- Sign-in sessions shared by every gateway (caseflow.sessions.store=postgres): one row per browser
-- session, its attributes (the sign-in under way, the signed-in person, their tokens) serialised
-- together. An expired row is never read, and a scheduled clean-up deletes it.
CREATE TABLE sign_in_session (
    id                   text        PRIMARY KEY,
    created_at           timestamptz NOT NULL,
    last_accessed_at     timestamptz NOT NULL,
    max_inactive_seconds bigint      NOT NULL,
    -- last_accessed_at + max_inactive_seconds; null for a session that never expires
    expires_at           timestamptz,
    attributes           bytea       NOT NULL
);

CREATE INDEX sign_in_session_expires_at ON sign_in_session (expires_at);
