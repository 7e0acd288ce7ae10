-- An account made by signing up (or in) with a phone and a code has no username and no password
-- until its user sets one.
ALTER TABLE users ALTER COLUMN username DROP NOT NULL;
ALTER TABLE users ALTER COLUMN password_hash DROP NOT NULL;
