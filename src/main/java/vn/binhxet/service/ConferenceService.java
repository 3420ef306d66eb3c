package vn.binhxet.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import vn.binhxet.domain.AuditTrail;
import vn.binhxet.domain.AwardCategory;
import vn.binhxet.domain.CandidatePool;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.ConferenceRepository;
import vn.binhxet.domain.ConferenceSummary;
import vn.binhxet.domain.DefaultAgenda;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.DocumentHeader;
import vn.binhxet.domain.NotFoundException;
import vn.binhxet.domain.RulePreset;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.TransactionRunner;
import vn.binhxet.domain.Unit;
import vn.binhxet.domain.VotingMethod;

/** Listing, creating and opening conferences. Each method is one transaction. */
public final class ConferenceService {
  /** The three usual awards, highest first (domain.md §5); quotas come from the form. */
  static final List<String> USUAL_AWARDS =
      List.of(
          "Cờ thi đua của Chính phủ",
          "Cờ thi đua của UBND tỉnh",
          "Bằng khen của Chủ tịch UBND tỉnh");

  private final TransactionRunner tx;
  private final ConferenceRepository conferences;
  private final AuditTrail audit;
  private final Clock clock;

  public ConferenceService(
      TransactionRunner tx, ConferenceRepository conferences, AuditTrail audit, Clock clock) {
    this.tx = tx;
    this.conferences = conferences;
    this.audit = audit;
    this.clock = clock;
  }

  public List<ConferenceSummary> list() {
    return tx.read(conferences::list);
  }

  public List<String> clusterNames() {
    return tx.read(conferences::clusterNames);
  }

  /** The units of the cluster's latest earlier year, to carry over into a new conference. */
  public List<String> previousMembers(String clusterName, int year) {
    return tx.read(() -> conferences.membersBefore(clusterName, year)).stream()
        .map(Unit::name)
        .toList();
  }

  public SavedConference open(long id) {
    return tx.read(() -> conferences.find(id)).orElseThrow(() -> new NotFoundException(id));
  }

  /** Creates the demo conference of domain.md §6 and returns its id; each call makes a new one. */
  public long createDemo() {
    return store(DemoConference.create(), "demo");
  }

  /** What is wrong with the form, field by field; empty when it can be created. Stores nothing. */
  public List<Problem> problems(NewConference form) {
    return NewConferenceCheck.problems(form);
  }

  /**
   * Creates a conference from the form, with the default agenda for its awards.
   *
   * @throws InvalidInputException naming every field at fault; nothing is stored then
   */
  public long create(NewConference form) {
    List<Problem> problems = NewConferenceCheck.problems(form);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return store(toConference(form), "new");
  }

  private long store(Conference conference, String how) {
    return tx.inTransaction(
        () -> {
          long id = conferences.create(conference, clock.instant());
          audit.record(
              id,
              "CONFERENCE_CREATED",
              "conference:" + id,
              "how="
                  + how
                  + "; title="
                  + conference.title()
                  + "; units="
                  + conference.members().size());
          return id;
        });
  }

  static Conference toConference(NewConference form) {
    int[] quotas = {
      form.governmentFlagQuota(), form.provincialFlagQuota(), form.certificateQuota()
    };
    List<AwardCategory> awards = new ArrayList<>();
    for (int i = 0; i < USUAL_AWARDS.size(); i++) {
      if (quotas[i] > 0) {
        awards.add(
            new AwardCategory(
                USUAL_AWARDS.get(i),
                awards.size() + 1,
                quotas[i],
                VotingMethod.SHOW_OF_HANDS,
                RulePreset.CLUSTER_DEFAULT.rule(),
                awards.isEmpty()
                    ? CandidatePool.allMembers()
                    : CandidatePool.notNominatedHigher()));
      }
    }
    DefaultAgenda.Plan plan = DefaultAgenda.forAwards(awards, form.reviewYear());
    return new Conference(
        form.clusterName(),
        form.reviewYear(),
        form.title(),
        form.heldOn(),
        null,
        form.place(),
        null,
        new DocumentHeader(form.style(), null, null, null, null),
        null,
        false,
        form.unitNames().stream().map(Unit::named).toList(),
        List.of(),
        awards,
        plan.votes(),
        plan.steps());
  }
}
