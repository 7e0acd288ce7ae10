-- SMS pumping: codes sent to and used from each block of 1,000 numbers (E.164 without its last 3
-- digits), this clock hour and the last, and whether the block is blocked; and each country's
-- counts with its usual hourly volume.
CREATE TABLE number_blocks (
    block          VARCHAR(16)  PRIMARY KEY,
    region         VARCHAR(4)   NOT NULL,
    hour_start     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    sends          BIGINT       NOT NULL,
    codes_used     BIGINT       NOT NULL,
    previous_sends BIGINT       NOT NULL,
    previous_used  BIGINT       NOT NULL,
    blocked_until  TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX ix_number_blocks_blocked_until ON number_blocks (blocked_until);
CREATE INDEX ix_number_blocks_hour_start ON number_blocks (hour_start);
CREATE TABLE country_traffic (
    region         VARCHAR(4)   PRIMARY KEY,
    hour_start     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    sends          BIGINT       NOT NULL,
    codes_used     BIGINT       NOT NULL,
    previous_sends BIGINT       NOT NULL,
    previous_used  BIGINT       NOT NULL,
    usual_per_hour DOUBLE PRECISION NOT NULL
);
