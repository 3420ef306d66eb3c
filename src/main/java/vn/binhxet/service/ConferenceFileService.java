package vn.binhxet.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.binhxet.domain.AuditEntry;
import vn.binhxet.domain.AuditLogRepository;
import vn.binhxet.domain.AuditTrail;
import vn.binhxet.domain.ConferenceRepository;
import vn.binhxet.domain.NotFoundException;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.TransactionRunner;
import vn.binhxet.domain.vote.BallotTally;
import vn.binhxet.domain.vote.RoundDigest;
import vn.binhxet.domain.vote.RoundEvent;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundRef;
import vn.binhxet.domain.vote.VoteEngine;
import vn.binhxet.domain.vote.VoteRepository;

/**
 * A whole conference as one JSON file (docs/conference-file.md), out of one data folder and into
 * another. The import checks the whole file before it writes anything, then stores it in one
 * transaction: every round is replayed through the repository as it was lived (opened, entered,
 * closed, reopened, a tie decided), so that the new database holds what the app itself would have
 * written, and its audit log records the import with each round's fingerprint.
 */
public final class ConferenceFileService {
  private final TransactionRunner tx;
  private final ConferenceRepository conferences;
  private final VoteRepository votes;
  private final AuditLogRepository log;
  private final AuditTrail audit;
  private final Clock clock;
  private final String generator;
  private final ObjectMapper mapper;
  private final ObjectWriter writer;
  private ConferenceFileSchema schema;

  public ConferenceFileService(
      TransactionRunner tx,
      ConferenceRepository conferences,
      VoteRepository votes,
      AuditLogRepository log,
      AuditTrail audit,
      Clock clock,
      String generator) {
    this.tx = tx;
    this.conferences = conferences;
    this.votes = votes;
    this.log = log;
    this.audit = audit;
    this.clock = clock;
    this.generator = generator;
    this.mapper =
        JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    // One item a line and "\n" everywhere: the file reads well and is the same on every system.
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    this.writer =
        mapper.writer(
            new DefaultPrettyPrinter(
                    Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter));
  }

  /** The conference file of a conference, UTF-8. */
  public byte[] export(long conferenceId) {
    ConferenceFile file =
        tx.read(
            () -> {
              SavedConference saved =
                  conferences
                      .find(conferenceId)
                      .orElseThrow(() -> new NotFoundException(conferenceId));
              List<ConferenceFileWriter.StoredRound> rounds = new ArrayList<>();
              for (List<RoundRecord> vote : votes.roundsByVote(conferenceId).values()) {
                for (RoundRecord r : vote) {
                  rounds.add(new ConferenceFileWriter.StoredRound(r, votes.events(r.ref())));
                }
              }
              List<AuditEntry> entries =
                  log.all().stream()
                      .filter(e -> Objects.equals(e.conferenceId(), conferenceId))
                      .toList();
              java.util.Map<Integer, vn.binhxet.domain.vote.HeadDecision> decisions =
                  votes.headDecisions(conferenceId);
              return ConferenceFileWriter.file(
                  saved,
                  votes.checkIns(conferenceId),
                  new ConferenceFileWriter.Presence(
                      votes.delegatesPresent(conferenceId), decisions),
                  rounds,
                  entries,
                  clock.instant().truncatedTo(ChronoUnit.MILLIS),
                  generator);
            });
    try {
      byte[] json = writer.writeValueAsBytes(file);
      byte[] out = java.util.Arrays.copyOf(json, json.length + 1);
      out[json.length] = '\n';
      return out;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a conference file could not be written", e);
    }
  }

  /**
   * Refuses a file by its size alone, before a byte of it is read: an import holds the whole file
   * in memory.
   *
   * @throws InvalidInputException when a file of {@code size} bytes is more than an import reads
   */
  public static void checkSize(long size) {
    ConferenceFileBytes.checkSize(size);
  }

  /**
   * Imports a conference file as a new conference and returns its id.
   *
   * @throws InvalidInputException naming every problem of the file with its JSON path; nothing is
   *     stored then
   */
  public long importFile(byte[] bytes) {
    Checked checked = checked(bytes);
    return tx.inTransaction(() -> store(checked.plan(), checked.file()));
  }

  /** What a conference file holds, to name it to the user before it is imported. */
  public record Contents(String title, String clusterName, int reviewYear, int units, int rounds) {}

  /**
   * Checks a conference file exactly as {@link #importFile} does, and stores nothing.
   *
   * @throws InvalidInputException naming every problem of the file with its JSON path
   */
  public Contents check(byte[] bytes) {
    ConferenceFileCheck.Plan plan = checked(bytes).plan();
    return new Contents(
        plan.conference().title(),
        plan.conference().clusterName(),
        plan.conference().reviewYear(),
        plan.conference().members().size(),
        plan.rounds().size());
  }

  private record Checked(ConferenceFile file, ConferenceFileCheck.Plan plan) {}

  private Checked checked(byte[] bytes) {
    JsonNode tree = schema().read(bytes);
    ConferenceFile file;
    try {
      file = mapper.treeToValue(tree, ConferenceFile.class);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(
          List.of(Problem.of("$", "file.schema.other", e.getOriginalMessage())));
    }
    return new Checked(file, ConferenceFileCheck.plan(file));
  }

  /**
   * The bytes of a conference file, for {@link #importFile}; a file too large is refused by its
   * size before a byte of it is read.
   *
   * @throws IOException when the file cannot be read
   * @throws InvalidInputException when it is larger than an import reads
   */
  public static byte[] read(Path file) throws IOException {
    checkSize(Files.size(file));
    try (InputStream in = Files.newInputStream(file)) {
      // One byte more than allowed, should the file have grown since: the import refuses it then.
      return in.readNBytes((int) ConferenceFileBytes.MAX_BYTES + 1);
    }
  }

  /**
   * Writes the conference file of a conference to {@code target}, replacing it. Through a file
   * beside it, moved over the target once whole: a failed export never leaves half a file behind,
   * nor harms the file it was to replace.
   *
   * @throws IOException when the file cannot be written
   * @throws NotFoundException when there is no such conference
   */
  public void exportTo(long conferenceId, Path target) throws IOException {
    byte[] bytes = export(conferenceId);
    Path absolute = target.toAbsolutePath();
    Path temp = Files.createTempFile(absolute.getParent(), ".binhxet-export-", ".tmp");
    try {
      Files.write(temp, bytes);
      Files.move(
          temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private long store(ConferenceFileCheck.Plan plan, ConferenceFile file) {
    long id = conferences.create(plan.conference(), plan.createdAt());
    List<AuditEntry> source = plan.audit();
    audit.record(
        id,
        "CONFERENCE_IMPORTED",
        "conference:" + id,
        "from=conference:"
            + plan.sourceId()
            + "; exportedAt="
            + file.exportedAt()
            + "; generator="
            + file.generator()
            + "; title="
            + plan.conference().title()
            + "; units="
            + plan.conference().members().size()
            + "; checkedIn="
            + plan.attendance().size()
            + "; rounds="
            + plan.rounds().size()
            // The file's own log stays in the file; this links the new log to it.
            + "; sourceAuditEntries="
            + source.size()
            + "; sourceLastHash="
            + (source.isEmpty() ? "-" : source.get(source.size() - 1).hash()));
    plan.attendance().forEach(c -> votes.setAttendance(id, c.unit(), c.present(), c.at()));
    votes.setDelegatesPresent(id, plan.delegates());
    plan.decisions()
        .forEach(
            (position, d) -> {
              votes.setHeadDecision(id, position, d, plan.createdAt());
              audit.record(
                  id,
                  "HEAD_DECIDED",
                  "conference:" + id + "/vote:" + position,
                  "imported; unit=" + d.unit() + "; note=" + d.note());
            });
    for (ConferenceFileRounds.RoundPlan round : plan.rounds()) {
      replay(id, plan.sourceId(), round);
    }
    return id;
  }

  /**
   * Stores a round as it was lived. Entries are stamped with the time the round was opened: the
   * file keeps what was entered, not when. A close before a reopening stores the final entries'
   * result, which the reopening removes again at once.
   */
  private void replay(long id, long sourceId, ConferenceFileRounds.RoundPlan plan) {
    RoundRecord r = plan.record();
    RoundRef ref = new RoundRef(id, r.ref().vote(), r.ref().round());
    List<RoundEvent> events = plan.events();
    for (int k = 0; k < events.size(); k++) {
      RoundEvent e = events.get(k);
      switch (e.kind()) {
        case OPENED -> {
          votes.open(ref, r.setup(), r.mode(), e.at());
          enter(ref, plan, e);
        }
        case CLOSED -> votes.close(ref, VoteEngine.result(r.setup(), r.tally()), e.at());
        case REOPENED -> votes.reopen(ref, e.reason(), e.at());
        case CHAIR_DECISION ->
            votes.decideTie(
                ref, k == events.size() - 1 ? r.chairChoice() : List.of(), e.reason(), e.at());
      }
    }
    RoundRecord stored = votes.round(ref).orElseThrow();
    if (!RoundDigest.of(stored).equals(RoundDigest.of(r))) {
      throw new IllegalStateException(ref + " was not stored as the file has it");
    }
    audit.record(
        id,
        "ROUND_IMPORTED",
        ref.toString(),
        "from=conference:"
            + sourceId
            + "/vote:"
            + ref.vote()
            + "/round:"
            + ref.round()
            + "; events="
            + events.stream().map(x -> x.kind().name()).collect(Collectors.joining(" | "))
            + "; "
            + RoundDigest.logged(stored));
  }

  private void enter(RoundRef ref, ConferenceFileRounds.RoundPlan plan, RoundEvent opened) {
    RoundRecord r = plan.record();
    var at = opened.at();
    r.hands().counts().forEach((option, count) -> votes.putHands(ref, option, count, at));
    r.raised().forEach((option, hands) -> votes.putRaised(ref, option, hands, at));
    BallotTally acc = r.accounting();
    if (plan.accountingEntered()) {
      votes.putAccounting(ref, acc.issued(), acc.collected(), acc.invalid(), at);
    }
    acc.votesFor()
        .forEach(
            (option, n) ->
                votes.putBallotTotal(ref, option, n, acc.votesAgainst().get(option), at));
    votes.addBallots(ref, 1, r.first(), at);
    votes.addBallots(ref, 2, r.second(), at);
  }

  // Built on first use: loading the schema costs time the window's start should not pay.
  private synchronized ConferenceFileSchema schema() {
    if (schema == null) {
      schema = new ConferenceFileSchema(mapper);
    }
    return schema;
  }
}
