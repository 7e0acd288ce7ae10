-- An account can be suspended by an operator: it cannot sign in until it is activated again.
ALTER TABLE users ADD COLUMN status VARCHAR(16) DEFAULT 'ACTIVATED' NOT NULL;

-- Operators act through access keys: a name, a scope, the SHA-256 of a 256-bit random secret.
CREATE TABLE access_keys (
    id          VARCHAR(64)  PRIMARY KEY,
    name        VARCHAR(64)  NOT NULL,
    scope       VARCHAR(16)  NOT NULL,
    secret_hash VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP(6) WITH TIME ZONE
);

-- What an operator did is audited with the key that did it and the reason given; an operator's
-- change to a number list concerns no user.
ALTER TABLE audit_events ALTER COLUMN user_id DROP NOT NULL;
ALTER TABLE audit_events ADD COLUMN actor VARCHAR(64);
ALTER TABLE audit_events ADD COLUMN reason VARCHAR(500);

-- Numbers and number ranges (E.164 prefixes) that send-sms refuses (BLOCK) or exempts from the
-- rules on ranges (SAFE). A send looks up every prefix of its number in one indexed query.
CREATE TABLE number_rules (
    prefix     VARCHAR(20)  PRIMARY KEY,
    kind       VARCHAR(8)   NOT NULL,
    reason     VARCHAR(500) NOT NULL,
    created_by VARCHAR(64)  NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
