package vn.binhxet.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything a conference is, as prepared: its cluster and the member units of the year, its
 * people, agenda, awards and votes. Within a conference, units are identified by name, awards by
 * rank and votes by position (from 1); the constructor checks that every reference resolves.
 */
public record Conference(
    String clusterName,
    int reviewYear,
    String title,
    LocalDate heldOn,
    LocalTime startsAt,
    String place,
    String hostUnitName,
    DocumentHeader header,
    String distribution,
    boolean illustrative,
    List<Unit> members,
    List<Participant> participants,
    List<AwardCategory> awards,
    List<Vote> votes,
    List<AgendaStep> agenda) {

  public Conference {
    clusterName = Text.required(clusterName, "cluster name");
    title = Text.required(title, "conference title");
    place = Text.required(place, "place");
    hostUnitName = Text.optional(hostUnitName);
    distribution = Text.optional(distribution);
    Objects.requireNonNull(heldOn, "heldOn");
    Objects.requireNonNull(header, "header");
    if (reviewYear < 1945 || reviewYear > 9999) {
      throw new IllegalArgumentException("review year out of range: " + reviewYear);
    }
    members = List.copyOf(members);
    participants = List.copyOf(participants);
    awards = List.copyOf(awards);
    votes = List.copyOf(votes);
    agenda = List.copyOf(agenda);
    check(members, participants, awards, votes, agenda, hostUnitName);
  }

  private static void check(
      List<Unit> members,
      List<Participant> participants,
      List<AwardCategory> awards,
      List<Vote> votes,
      List<AgendaStep> agenda,
      String hostUnitName) {
    Set<String> names = new HashSet<>();
    for (Unit u : members) {
      if (!names.add(u.name())) {
        throw new IllegalArgumentException("unit listed twice: " + u.name());
      }
    }
    if (hostUnitName != null && !names.contains(hostUnitName)) {
      throw new IllegalArgumentException("host unit is not a member: " + hostUnitName);
    }
    for (Participant p : participants) {
      if (p.unitName() != null && !names.contains(p.unitName())) {
        throw new IllegalArgumentException("participant's unit is not a member: " + p.unitName());
      }
    }
    Set<Integer> ranks = awards.stream().map(AwardCategory::rank).collect(Collectors.toSet());
    if (ranks.size() != awards.size()) {
      throw new IllegalArgumentException("two awards share a rank");
    }
    for (AwardCategory a : awards) {
      Integer source = a.pool().sourceRank();
      if (source != null && !ranks.contains(source)) {
        throw new IllegalArgumentException("award pool names a missing award: " + source);
      }
    }
    for (Vote v : votes) {
      if (v.awardRank() != null && !ranks.contains(v.awardRank())) {
        throw new IllegalArgumentException("vote names a missing award: " + v.awardRank());
      }
      for (String c : v.candidates()) {
        if (!names.contains(c)) {
          throw new IllegalArgumentException("candidate is not a member: " + c);
        }
      }
    }
    for (AgendaStep s : agenda) {
      if (s.votePosition() != null && s.votePosition() > votes.size()) {
        throw new IllegalArgumentException("agenda step names a missing vote: " + s.votePosition());
      }
    }
  }

  /** The award of the given rank. */
  public AwardCategory award(int rank) {
    return awards.stream()
        .filter(a -> a.rank() == rank)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no award of rank " + rank));
  }

  /** The participants holding a role, in order. */
  public List<Participant> withRole(Role role) {
    return participants.stream().filter(p -> p.role() == role).toList();
  }
}
