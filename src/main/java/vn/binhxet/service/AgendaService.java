package vn.binhxet.service;

import java.time.Clock;
import java.util.List;
import vn.binhxet.domain.AgendaProgress;
import vn.binhxet.domain.AuditTrail;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.ConferenceRepository;
import vn.binhxet.domain.NotFoundException;
import vn.binhxet.domain.Text;
import vn.binhxet.domain.TransactionRunner;

/** Running through the agenda: the current step, and the secretary's notes for the minutes. */
public final class AgendaService {
  /** Long enough for any step's notes; a file pasted by mistake is refused, not cut. */
  static final int MAX_NOTES = 100_000;

  private final TransactionRunner tx;
  private final ConferenceRepository conferences;
  private final AuditTrail audit;
  private final Clock clock;

  public AgendaService(
      TransactionRunner tx, ConferenceRepository conferences, AuditTrail audit, Clock clock) {
    this.tx = tx;
    this.conferences = conferences;
    this.audit = audit;
    this.clock = clock;
  }

  public void goToStep(long conferenceId, int position) {
    tx.inTransaction(
        () -> {
          check(conferenceId, position);
          conferences.setCurrentStep(conferenceId, position, clock.instant());
          // The conference runs from the moment its first step does.
          conferences.setStatus(conferenceId, vn.binhxet.domain.ConferenceStatus.RUNNING);
          audit.record(
              conferenceId, "STEP_CHANGED", "conference:" + conferenceId + "/step:" + position, "");
          return null;
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

  private void check(long conferenceId, int position) {
    Conference c =
        conferences
            .find(conferenceId)
            .orElseThrow(() -> new NotFoundException(conferenceId))
            .conference();
    if (position < 1 || position > c.agenda().size()) {
      throw new InvalidInputException(List.of(Problem.of("step", "agenda.noStep", position)));
    }
  }
}
