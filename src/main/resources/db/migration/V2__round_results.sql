-- The result of a round is stored when the round closes, so that the minutes print what was confirmed
-- even if the engine's code changes later. A reopened round loses its stored result (the audit log keeps it).

alter table vote_round add column quorum_met boolean;
alter table vote_round add column base int;
-- How the round is entered: counts of hands, ticks of raised hands, ballot totals, or single ballots
-- (once or twice blind).
alter table vote_round add column entry_mode varchar(20) not null default 'HANDS';
alter table vote_round add constraint vote_round_entry_mode
  check (entry_mode in ('HANDS', 'HANDS_RAISED', 'BALLOT_TOTALS', 'BALLOTS', 'BALLOTS_TWICE'));

create table round_result (
  round_id   bigint not null references vote_round (id),
  option_id  bigint not null references vote_option (id),
  rank       int not null,
  votes_for  int not null,
  passed     boolean not null,
  nominated  boolean not null,
  tied       boolean not null,
  primary key (round_id, option_id)
);

-- Units the chair chose among those tied, with the reason in vote_round.chair_decision.
create table chair_choice (
  round_id   bigint not null references vote_round (id),
  unit_id    bigint not null references unit (id),
  primary key (round_id, unit_id)
);

alter table hands_raised add column recorded_at timestamp with time zone;
