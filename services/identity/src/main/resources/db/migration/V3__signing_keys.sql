-- RSA signing keys. The private key is AES-GCM encrypted with a key derived from
-- EMPORIUM_IDENTITY_KEY_ENCRYPTION_SECRET. A key signs from activates_at until the next key activates; it stays
-- in the JWKS until retire_after (set when its successor activates: then + access-token lifetime + skew).
CREATE TABLE signing_keys (
    kid                   varchar(64)  PRIMARY KEY,
    algorithm             varchar(16)  NOT NULL,
    public_key            text         NOT NULL,
    private_key_encrypted text         NOT NULL,
    created_at            timestamptz  NOT NULL,
    activates_at          timestamptz  NOT NULL,
    retire_after          timestamptz
);
CREATE INDEX signing_keys_activates_idx ON signing_keys (activates_at);
