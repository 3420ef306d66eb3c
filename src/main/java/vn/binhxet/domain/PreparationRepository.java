package vn.binhxet.domain;

import java.util.List;

/**
 * Changes to a stored conference while it is prepared, one part at a time. Parts are named by their
 * natural keys (decision 0001): a unit by name, a person, a vote and an agenda step by position
 * from 1, an award by rank. Each call joins the caller's transaction; the service checks what may
 * change before calling.
 */
public interface PreparationRepository {
  /** Adds a member unit at the end of the list, reusing the cluster's unit of that name. */
  void addMember(long conferenceId, Unit unit);

  /**
   * Renames a member or changes its short name. What this conference recorded about the unit
   * follows it; other conferences that share the unit keep its old name.
   */
  void changeMember(long conferenceId, String name, Unit changed);

  /** Puts the members in this order (the same names, reordered). */
  void orderMembers(long conferenceId, List<String> names);

  /** Removes a member, with its absent check-in row and its place on candidate lists. */
  void removeMember(long conferenceId, String name);

  void addParticipant(long conferenceId, Participant participant);

  void changeParticipant(long conferenceId, int position, Participant changed);

  void moveParticipant(long conferenceId, int from, int to);

  void removeParticipant(long conferenceId, int position);

  void addAward(long conferenceId, AwardCategory award);

  /** Changes an award in place; its rank stays. */
  void changeAward(long conferenceId, int rank, AwardCategory changed);

  /** Gives the awards new ranks: {@code ranks} lists the current ranks in their new order. */
  void rankAwards(long conferenceId, List<Integer> ranks);

  void removeAward(long conferenceId, int rank);

  /** Adds a vote after the last one; returns its position. */
  int addVote(long conferenceId, Vote vote);

  /** Changes a vote's subject, method, seats, rule and visibility. */
  void changeVote(long conferenceId, int position, Vote changed);

  /** Removes a vote without rounds; the votes after it move up one position. */
  void removeVote(long conferenceId, int position);

  /** Inserts a step at {@code position}; the steps from there move down one. */
  void addStep(long conferenceId, int position, AgendaStep step);

  /** Changes a step's kind, title and vote; its notes and times stay. */
  void changeStep(long conferenceId, int position, AgendaStep changed);

  void moveStep(long conferenceId, int from, int to);

  void removeStep(long conferenceId, int position);

  void setHeader(long conferenceId, DocumentHeader header, String distribution);
}
