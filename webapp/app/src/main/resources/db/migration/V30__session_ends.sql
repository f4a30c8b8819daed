-- "Sign out everywhere" shared by every application node (issue 15, two nodes): per user, the
-- moment before which each of their signed-in sessions counts as ended. A node keeps the rows in
-- memory and reads those recorded in the last minute every second, so a session held by another
-- node ends within about a second. One row per user; a later end only moves the moment forward.
create table session_end (
    username      varchar(64) primary key references user_account (username) on delete cascade,
    ended_before  timestamptz not null,
    recorded_at   timestamptz not null default clock_timestamp()
);

create index session_end_recorded_at on session_end (recorded_at);
