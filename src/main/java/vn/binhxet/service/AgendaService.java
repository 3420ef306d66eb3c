package vn.binhxet.service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import vn.binhxet.domain.AgendaProgress;
import vn.binhxet.domain.AuditTrail;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.ConferenceRepository;
import vn.binhxet.domain.ConferenceStatus;
import vn.binhxet.domain.NotFoundException;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.Text;
import vn.binhxet.domain.TransactionRunner;
import vn.binhxet.domain.vote.VoteRepository;

/**
 * Running through the agenda: the current step, the secretary's notes for the minutes and the
 * sentences suggested for them, and closing the conference (or reopening it for corrections).
 */
public final class AgendaService {
  /** Long enough for any step's notes; a file pasted by mistake is refused, not cut. */
  static final int MAX_NOTES = 100_000;

  private final TransactionRunner tx;
  private final ConferenceRepository conferences;
  private final VoteRepository votes;
  private final AuditTrail audit;
  private final Clock clock;
  private final NoteSuggestions suggestions =
      new NoteSuggestions(new Messages(NoteSuggestions.MINUTES_LANGUAGE));

  public AgendaService(
      TransactionRunner tx,
      ConferenceRepository conferences,
      VoteRepository votes,
      AuditTrail audit,
      Clock clock) {
    this.tx = tx;
    this.conferences = conferences;
    this.votes = votes;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Makes a step current; the conference runs from the moment its first step does. Refused while
   * the conference is closed.
   *
   * @return the conference's status afterwards
   */
  public ConferenceStatus goToStep(long conferenceId, int position) {
    return tx.inTransaction(
        () -> {
          SavedConference saved = check(conferenceId, position);
          if (saved.status() == ConferenceStatus.CLOSED) {
            throw new InvalidInputException(
                List.of(Problem.of("conference", "agenda.conferenceClosed")));
          }
          conferences.setCurrentStep(conferenceId, position, clock.instant());
          conferences.setStatus(conferenceId, ConferenceStatus.RUNNING);
          audit.record(
              conferenceId, "STEP_CHANGED", "conference:" + conferenceId + "/step:" + position, "");
          return ConferenceStatus.RUNNING;
        });
  }

  /**
   * Closes the conference: the current step (the closing one, normally) ends now, and the status
   * becomes closed. Steps then stay where they are until the conference is reopened.
   */
  public ConferenceStatus finish(long conferenceId) {
    return tx.inTransaction(
        () -> {
          SavedConference saved = find(conferenceId);
          if (saved.status() == ConferenceStatus.CLOSED) {
            throw new InvalidInputException(
                List.of(Problem.of("conference", "agenda.conferenceClosed")));
          }
          Integer current = conferences.progress(conferenceId).current();
          if (current == null) {
            throw new InvalidInputException(
                List.of(Problem.of("conference", "agenda.notStartedYet")));
          }
          conferences.endCurrentStep(conferenceId, clock.instant());
          conferences.setStatus(conferenceId, ConferenceStatus.CLOSED);
          audit.record(
              conferenceId, "CONFERENCE_CLOSED", "conference:" + conferenceId, "step=" + current);
          return ConferenceStatus.CLOSED;
        });
  }

  /** Reopens a closed conference for corrections; it runs again at the step where it stopped. */
  public ConferenceStatus reopen(long conferenceId) {
    return tx.inTransaction(
        () -> {
          if (find(conferenceId).status() != ConferenceStatus.CLOSED) {
            throw new InvalidInputException(List.of(Problem.of("conference", "agenda.notClosed")));
          }
          conferences.setStatus(conferenceId, ConferenceStatus.RUNNING);
          audit.record(conferenceId, "CONFERENCE_REOPENED", "conference:" + conferenceId, "");
          return ConferenceStatus.RUNNING;
        });
  }

  /**
   * The sentence suggested for each step's notes (by position; empty where nothing recorded yet
   * makes one), in the minutes' language, from what is recorded now.
   */
  public Map<Integer, String> suggestions(long conferenceId) {
    return tx.read(
        () -> {
          Conference c = find(conferenceId).conference();
          return suggestions.all(
              new NoteSuggestions.Facts(
                  c,
                  votes.attendance(conferenceId),
                  votes.delegatesPresent(conferenceId),
                  new Rounds(conferences, votes).outcomes(conferenceId, c),
                  conferences.progress(conferenceId),
                  clock.getZone()));
        });
  }

  public void saveNotes(long conferenceId, int position, String notes) {
    String text = Text.optional(notes);
    if (text != null && text.length() > MAX_NOTES) {
      throw new InvalidInputException(
          List.of(Problem.of("notes", "agenda.notesTooLong", text.length(), MAX_NOTES)));
    }
    tx.inTransaction(
        () -> {
          check(conferenceId, position);
          conferences.setNotes(conferenceId, position, text);
          audit.record(
              conferenceId,
              "NOTES_SAVED",
              "conference:" + conferenceId + "/step:" + position,
              "notes=" + (text == null ? "" : text));
          return null;
        });
  }

  public AgendaProgress progress(long conferenceId) {
    return tx.read(() -> conferences.progress(conferenceId));
  }

  private SavedConference find(long conferenceId) {
    return conferences.find(conferenceId).orElseThrow(() -> new NotFoundException(conferenceId));
  }

  private SavedConference check(long conferenceId, int position) {
    SavedConference saved = find(conferenceId);
    if (position < 1 || position > saved.conference().agenda().size()) {
      throw new InvalidInputException(List.of(Problem.of("step", "agenda.noStep", position)));
    }
    return saved;
  }
}
