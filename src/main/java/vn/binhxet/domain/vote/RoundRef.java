package vn.binhxet.domain.vote;

/** A round: of the vote at {@code vote} (its position, from 1) in a conference, numbered from 1. */
public record RoundRef(long conferenceId, int vote, int round) {
  public RoundRef {
    if (vote < 1 || round < 1) {
      throw new IllegalArgumentException("votes and rounds are numbered from 1");
    }
  }

  @Override
  public String toString() {
    return "conference:" + conferenceId + "/vote:" + vote + "/round:" + round;
  }
}
