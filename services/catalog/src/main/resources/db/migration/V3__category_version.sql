-- Categories can be renamed, moved and deleted by admins with optimistic locking, like products (ETag = version).
ALTER TABLE categories ADD COLUMN version bigint NOT NULL DEFAULT 0;
