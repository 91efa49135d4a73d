-- The comment service's rating sequence per product (comment.review-published/-removed ratingVersion): a rating
-- event that is not newer than the stored one changes nothing, whatever order the events arrive in.
ALTER TABLE products ADD COLUMN rating_version bigint NOT NULL DEFAULT 0;
