-- Sign-in attempts still in progress per throttle key (docs/identity.md, "Sign-in throttling"): an attempt is counted
-- in `failures` when it starts and also in `pending` until its end is reported; `pending_since` is when the latest
-- of them started. A refusal due only to attempts in progress answers IDENTITY.SIGN_IN_IN_PROGRESS (retry in a second)
-- instead of the lockout's remaining time. Pending attempts whose key saw no attempt start for 30 s count as
-- confirmed failures. Existing rows hold only confirmed failures; a replica still on V5 leaves these columns alone.
ALTER TABLE login_throttle
    ADD COLUMN pending       integer     NOT NULL DEFAULT 0,
    ADD COLUMN pending_since timestamptz;
