package vn.binhxet.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.binhxet.domain.AgendaProgress;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.ConferenceRepository;
import vn.binhxet.domain.ConferenceStatus;
import vn.binhxet.domain.ConferenceSummary;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.Unit;

public final class JooqConferenceRepository implements ConferenceRepository {
  private final ConferenceWriter writer;
  private final ConferenceReader reader;
  private final AgendaRows agenda;

  public JooqConferenceRepository(DSLContext dsl) {
    this.writer = new ConferenceWriter(dsl);
    this.reader = new ConferenceReader(dsl);
    this.agenda = new AgendaRows(dsl);
  }

  @Override
  public long create(Conference conference, Instant createdAt) {
    return writer.create(conference, createdAt);
  }

  @Override
  public List<ConferenceSummary> list() {
    return reader.list();
  }

  @Override
  public Optional<SavedConference> find(long id) {
    return reader.find(id);
  }

  @Override
  public void setNotes(long conferenceId, int position, String notes) {
    agenda.setNotes(conferenceId, position, notes);
  }

  @Override
  public void setCurrentStep(long conferenceId, int position, Instant at) {
    agenda.setCurrentStep(conferenceId, position, at);
  }

  @Override
  public void endCurrentStep(long conferenceId, Instant at) {
    agenda.endCurrentStep(conferenceId, at);
  }

  @Override
  public void setStatus(long conferenceId, ConferenceStatus status) {
    agenda.setStatus(conferenceId, status);
  }

  @Override
  public AgendaProgress progress(long conferenceId) {
    return agenda.progress(conferenceId);
  }

  @Override
  public List<String> clusterNames() {
    return reader.clusterNames();
  }

  @Override
  public List<Unit> membersBefore(String clusterName, int year) {
    return reader.membersBefore(clusterName, year);
  }
}
