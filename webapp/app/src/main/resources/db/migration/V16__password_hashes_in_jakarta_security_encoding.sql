-- Issue 16: sign-in moves to the container's Jakarta Security (ADR 0013). Its Pbkdf2PasswordHash
-- reads "PBKDF2WithHmacSHA256:iterations:salt:hash" (Base64); until now the same PBKDF2 derivation
-- was stored as "pbkdf2-sha256$iterations$salt$hash". The derived key, salt and iteration count are
-- kept as they are, so every existing password goes on working; only the encoding changes.
-- (A hash written in the old encoding after this, e.g. from a restored backup, is still accepted
-- and re-encoded on that user's next successful sign-in.)
update user_account
   set password_hash = 'PBKDF2WithHmacSHA256:'
                       || split_part(password_hash, '$', 2) || ':'
                       || split_part(password_hash, '$', 3) || ':'
                       || split_part(password_hash, '$', 4)
 where password_hash like 'pbkdf2-sha256$%'
   and split_part(password_hash, '$', 4) <> ''
   and split_part(password_hash, '$', 5) = '';
