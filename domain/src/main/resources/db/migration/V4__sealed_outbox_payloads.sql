-- What an outbox message says is stored sealed (AES-GCM, see OutboxCipher) while it waits, and
-- erased once it is sent, failed or expired; payload_key_id names the key that sealed it (null
-- for rows written before, in clear, which are erased the same way when they finish).
ALTER TABLE sms_outbox ADD COLUMN payload_key_id VARCHAR(16);
ALTER TABLE sms_outbox ALTER COLUMN body DROP NOT NULL;
ALTER TABLE sms_outbox ALTER COLUMN body SET DATA TYPE VARCHAR(2000);
ALTER TABLE sms_outbox ALTER COLUMN template_params SET DATA TYPE VARCHAR(1000);

-- Finished messages of real providers keep nothing of what they said.
UPDATE sms_outbox SET body = NULL, template_params = NULL
WHERE status IN ('SENT', 'FAILED', 'EXPIRED') AND (provider IS NULL OR provider <> 'dev');
