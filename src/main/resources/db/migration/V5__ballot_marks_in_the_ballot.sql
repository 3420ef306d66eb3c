-- A single ballot's marks move into the ballot's own row, as two arrays of the vote's option ids,
-- each in ascending order: the options marked for and those marked against (decision 0037). In their
-- own table every ballot entry wrote four more maps in its commit (the marks, their primary key and
-- the indexes of their two foreign keys); the ballot is now one row, as it is one sheet of paper.

alter table ballot add column for_options bigint array not null default array[];
alter table ballot add column against_options bigint array not null default array[];

update ballot b set
  for_options = coalesce(
    (select array_agg(m.option_id order by m.option_id) from ballot_mark m
      where m.ballot_id = b.id and m.mark = 'FOR'), array[]),
  against_options = coalesce(
    (select array_agg(m.option_id order by m.option_id) from ballot_mark m
      where m.ballot_id = b.id and m.mark = 'AGAINST'), array[]);

-- Every insert names the marks: a ballot stored without them would be a ballot changed.
alter table ballot alter column for_options drop default;
alter table ballot alter column against_options drop default;

alter table ballot add constraint ballot_marks_of_valid_only check (
  invalid_reason is null or (cardinality(for_options) = 0 and cardinality(against_options) = 0));

drop table ballot_mark;
