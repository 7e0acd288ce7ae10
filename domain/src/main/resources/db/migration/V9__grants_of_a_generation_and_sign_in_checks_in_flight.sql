-- A reset grant and a phone-change token hold the user's token generation they were made in: a
-- reset, a password change, a phone change and an unbind raise it, and so end them. A reset grant
-- also holds the phone that proved it. Grants made before this change end (they live minutes).
ALTER TABLE password_resets ADD COLUMN phone VARCHAR(20);
ALTER TABLE password_resets ADD COLUMN user_generation INTEGER DEFAULT -1 NOT NULL;
ALTER TABLE phone_change_requests ADD COLUMN user_generation INTEGER DEFAULT -1 NOT NULL;

-- A guess being checked holds its place under the caps; only failures that happened refuse.
ALTER TABLE signin_failures ADD COLUMN pending BOOLEAN DEFAULT FALSE NOT NULL;
