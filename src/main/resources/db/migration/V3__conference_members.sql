-- The member units belong to a conference, not to a cluster's year: two conferences of one cluster and
-- year (a demo made twice, a conference held again) must not change each other's list when one is
-- edited (decision 0011). The cluster's units of an earlier year are those of its latest conference.

create table conference_member (
  conference_id  bigint not null references conference (id),
  unit_id        bigint not null references unit (id),
  position       int not null,
  primary key (conference_id, unit_id)
);

insert into conference_member (conference_id, unit_id, position)
  select c.id, m.unit_id, m.position
  from conference c
  join cluster_member m on m.cluster_id = c.cluster_id and m.member_year = c.review_year;

drop table cluster_member;

create index conference_member_position on conference_member (conference_id, position);
