-- Sign-in throttling counts per account and network, per account, and per network (docs/identity.md, "Sign-in
-- throttling"); keys 'pair:<network>|<account>', 'account:<account>', 'network:<network>'. The old per-account and
-- per-address counts mean something else: they are dropped (they only ever lived for minutes).
DELETE FROM login_throttle;
ALTER TABLE login_throttle ALTER COLUMN throttle_key TYPE varchar(400);

-- The networks (IPv4 address, IPv6 /64) each account has signed in from: a network over its failure budget still
-- lets these accounts in.
CREATE TABLE sign_in_networks (
    account      varchar(254) NOT NULL,
    network      varchar(64)  NOT NULL,
    last_success timestamptz  NOT NULL,
    PRIMARY KEY (account, network)
);
