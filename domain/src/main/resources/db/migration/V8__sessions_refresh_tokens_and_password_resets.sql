-- One row per sign-in: its access tokens carry the session's id, its refresh tokens belong to it,
-- and revoking it (or presenting one of its spent refresh tokens) ends them all.
CREATE TABLE sign_in_sessions (
    id               VARCHAR(36) NOT NULL PRIMARY KEY,
    user_id          VARCHAR(36) NOT NULL,
    client_id        VARCHAR(128),
    scope            VARCHAR(256) NOT NULL,
    token_generation INTEGER NOT NULL,
    auth_method      VARCHAR(16) NOT NULL,
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    revoked_at       TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX ix_sign_in_sessions_user ON sign_in_sessions (user_id);
CREATE INDEX ix_sign_in_sessions_expiry ON sign_in_sessions (expires_at);

-- Refresh tokens, stored as their SHA-256; each is spent by its one use.
CREATE TABLE refresh_tokens (
    token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    session_id VARCHAR(36) NOT NULL REFERENCES sign_in_sessions (id) ON DELETE CASCADE,
    issued_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    spent_at   TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX ix_refresh_tokens_session ON refresh_tokens (session_id);

-- A proven request to reset a password: the token (as its SHA-256) works once, before it expires.
CREATE TABLE password_resets (
    token_hash  VARCHAR(64) NOT NULL PRIMARY KEY,
    user_id     VARCHAR(36) NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    redeemed_at TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX ix_password_resets_expiry ON password_resets (expires_at);
