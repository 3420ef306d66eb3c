package vn.binhxet.service;

import java.util.List;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.DemoVotes;
import vn.binhxet.domain.Unit;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.RoundRef;

/**
 * Creates the demo conference and plays its illustrative votes through the same services the
 * secretary uses, so that the demo shows, and the tests prove, the engine giving the 2018 outcome.
 */
public final class DemoService {
  private final ConferenceService conferences;
  private final VoteService votes;
  private final EntryService entries;

  public DemoService(ConferenceService conferences, VoteService votes, EntryService entries) {
    this.conferences = conferences;
    this.votes = votes;
    this.entries = entries;
  }

  /**
   * A new demo conference as prepared the day before: nobody checked in, no vote taken, for the
   * secretary to rehearse on; returns its id.
   */
  public long createToRehearse() {
    return conferences.createDemo();
  }

  /** A new demo conference, every unit checked in and every vote decided; returns its id. */
  public long create() {
    return create(Progress.NONE);
  }

  /** The same, telling its progress: the conference, each unit checked in, each vote played. */
  public long create(Progress progress) {
    Conference demo = DemoConference.create();
    List<DemoVotes.Play> plays = DemoVotes.plays();
    int total = 1 + demo.members().size() + plays.size();
    int done = 0;
    long id = conferences.createDemo();
    progress.report(++done, total);
    for (Unit u : demo.members()) {
      votes.checkIn(id, u.name(), true);
      progress.report(++done, total);
    }
    for (DemoVotes.Play play : plays) {
      RoundRef ref = votes.openRound(id, play.vote(), play.mode(), play.options());
      if (play.mode() == EntryMode.BALLOT_TOTALS) {
        entries.recordAccounting(ref, play.issued(), play.issued(), play.invalid());
        play.ballots().forEach((unit, n) -> entries.recordBallotTotal(ref, unit, n, null));
      } else {
        play.hands().forEach((option, count) -> entries.recordHands(ref, option, count));
      }
      votes.closeRound(ref, false);
      progress.report(++done, total);
    }
    return id;
  }
}
