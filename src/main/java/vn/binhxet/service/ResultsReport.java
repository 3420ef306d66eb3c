package vn.binhxet.service;

import java.util.ArrayList;
import java.util.List;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.Vote;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundResult;
import vn.binhxet.domain.vote.VoteOutcome;

/** A conference's outcomes as the results report shows them. */
final class ResultsReport {
  private ResultsReport() {}

  static ConferenceResults of(long conferenceId, Conference c, List<VoteOutcome> outcomes) {
    List<ConferenceResults.VoteResults> out = new ArrayList<>();
    for (VoteOutcome o : outcomes) {
      List<ConferenceResults.RoundResults> rs = new ArrayList<>();
      for (RoundRecord r : o.rounds()) {
        RoundResult result = r.currentResult();
        List<ConferenceResults.CandidateResult> candidates =
            result == null
                ? List.of()
                : result.options().stream()
                    .map(
                        x ->
                            new ConferenceResults.CandidateResult(
                                x.option(),
                                x.votesFor(),
                                x.share().whole(),
                                x.share().percent(),
                                x.passed()))
                    .toList();
        rs.add(
            new ConferenceResults.RoundResults(
                r.ref().round(),
                r.status().name(),
                result != null && result.quorumMet(),
                r.setup().votersPresent(),
                r.setup().votersEntitled(),
                r.setup().seats(),
                result == null ? List.of() : result.nominated(),
                result == null ? List.of() : result.tied(),
                r.chairDecision(),
                r.chairChoice(),
                candidates));
      }
      Vote v = o.vote();
      out.add(
          new ConferenceResults.VoteResults(
              o.position(),
              v.kind().name(),
              v.awardRank() == null ? null : c.award(v.awardRank()).name(),
              v.subject(),
              o.chosen(),
              o.decided(),
              rs));
    }
    return new ConferenceResults(conferenceId, c.title(), c.illustrative(), out);
  }
}
