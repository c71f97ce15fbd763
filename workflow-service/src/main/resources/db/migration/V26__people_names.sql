-- Issue 17: people appear on form 05 and in refusals by name, as the token named them at the time of the action
-- (Keycloak's `name`, else the login name). Rows written before keep only ids: papers fall back to the id.
alter table dossier_timeline add column actor_name varchar(200);
alter table dossier_step
    add column holder_name    varchar(200),  -- the person holding the leg, when their name is known
    add column handed_by_name varchar(200),
    add column ended_by_name  varchar(200);

-- The officers this service has seen act, by token id and login name, with their name as last seen: a hand-off
-- names the receiver by id or login, and the sheet and refusals want the name.
create table known_officer (
    user_id    varchar(128) primary key,
    username   varchar(128) not null,
    name       varchar(200) not null,
    seen_at    timestamptz  not null
);
create index known_officer_username on known_officer (username);
