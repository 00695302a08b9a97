-- An email address belongs to one user whatever its case: ADA@example.org and ada@example.org are one address.
-- The index keeps the constraint's name, so a violation still maps to EmailTakenException.
ALTER TABLE users DROP CONSTRAINT users_email_key;
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
