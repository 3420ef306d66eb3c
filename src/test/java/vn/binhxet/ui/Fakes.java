package vn.binhxet.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.binhxet.domain.AuditTrail;
import vn.binhxet.persistence.Database;
import vn.binhxet.persistence.JooqAuditLogRepository;
import vn.binhxet.persistence.JooqConferenceRepository;
import vn.binhxet.persistence.JooqTransactionRunner;
import vn.binhxet.persistence.JooqVoteRepository;
import vn.binhxet.service.AuditService;
import vn.binhxet.service.ConferenceFileService;
import vn.binhxet.service.ConferenceService;
import vn.binhxet.service.DemoService;
import vn.binhxet.service.EntryService;
import vn.binhxet.service.Messages;
import vn.binhxet.service.VoteService;
import vn.binhxet.ui.common.DialogService;
import vn.binhxet.ui.common.LanguageSettings;

/** Stand-ins for what the controllers talk to, and real services over a test's own database. */
public final class Fakes {
  private Fakes() {}

  /** Records the dialogs it was asked to show. */
  public static final class Dialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();

    @Override
    public void showError(String title, String message) {
      errors.add(message);
    }

    @Override
    public void showInformation(String title, String message) {
      infos.add(message);
    }

    /** What the fake user answers to a confirmation. */
    public boolean confirmAnswer = true;

    public final java.util.Deque<String> texts = new java.util.ArrayDeque<>();
    public final List<String> confirmations = new ArrayList<>();

    @Override
    public boolean confirm(String title, String message) {
      confirmations.add(message);
      return confirmAnswer;
    }

    /** What the fake user ticks when asked to choose. */
    public final java.util.Deque<List<String>> choices = new java.util.ArrayDeque<>();

    @Override
    public java.util.Optional<List<String>> chooseAmong(
        String title, String prompt, List<String> options, int count) {
      return java.util.Optional.ofNullable(choices.poll());
    }

    @Override
    public java.util.Optional<String> askText(String title, String prompt) {
      return java.util.Optional.ofNullable(texts.poll());
    }

    /** The passwords the fake user types, one per question; none left means they cancel. */
    public final java.util.Deque<String> passwords = new java.util.ArrayDeque<>();

    /** Every password array handed to the code under test, to check that it was wiped. */
    public final List<char[]> handedOut = new ArrayList<>();

    @Override
    public java.util.Optional<char[]> askPassword(String title, String prompt) {
      java.util.Optional<char[]> typed =
          java.util.Optional.ofNullable(passwords.poll()).map(String::toCharArray);
      typed.ifPresent(handedOut::add);
      return typed;
    }

    /** The files the fake user picks, one per question; none left means they cancel. */
    public final java.util.Deque<Path> files = new java.util.ArrayDeque<>();

    /** The filters each file question offered. */
    public final List<List<FileFilter>> fileFilters = new ArrayList<>();

    @Override
    public java.util.Optional<Path> chooseFileToOpen(String title, FileFilter... filters) {
      fileFilters.add(List.of(filters));
      return java.util.Optional.ofNullable(files.poll());
    }

    /** Where the fake user saves, one per question; none left means they cancel. */
    public final java.util.Deque<Path> saveTargets = new java.util.ArrayDeque<>();

    /** The names each save question suggested. */
    public final List<String> suggestedNames = new ArrayList<>();

    /** The filters each save question offered. */
    public final List<List<FileFilter>> saveFilters = new ArrayList<>();

    @Override
    public java.util.Optional<Path> chooseFileToSave(
        String title, String suggestedName, FileFilter... filters) {
      suggestedNames.add(suggestedName);
      saveFilters.add(List.of(filters));
      return java.util.Optional.ofNullable(saveTargets.poll());
    }
  }

  public static final class Settings implements LanguageSettings {
    public Locale saved = Messages.VIETNAMESE;

    @Override
    public Locale language() {
      return saved;
    }

    @Override
    public void saveLanguage(Locale locale) {
      saved = locale;
    }
  }

  /** The real services over a test's own database, wired as the app wires them. */
  public record Stack(
      ConferenceService conferences,
      VoteService votes,
      EntryService entries,
      DemoService demo,
      AuditService audit,
      ConferenceFileService files,
      vn.binhxet.service.AgendaService agenda,
      vn.binhxet.service.PreparationService preparation,
      vn.binhxet.service.ProgrammeService programme,
      vn.binhxet.service.DocumentService documents) {}

  public static Stack stack(Database db, Clock clock) {
    var tx = new JooqTransactionRunner(db.dsl());
    var log = new JooqAuditLogRepository(db.dsl());
    var trail = new AuditTrail(log, clock);
    var conferenceRepository = new JooqConferenceRepository(db.dsl());
    var voteRepository = new JooqVoteRepository(db.dsl());
    var conferences = new ConferenceService(tx, conferenceRepository, trail, clock);
    var votes = new VoteService(tx, conferenceRepository, voteRepository, trail, clock);
    var entries = new EntryService(tx, conferenceRepository, voteRepository, trail, clock);
    return new Stack(
        conferences,
        votes,
        entries,
        new DemoService(conferences, votes, entries),
        new AuditService(tx, log, voteRepository, conferenceRepository),
        new ConferenceFileService(
            tx, conferenceRepository, voteRepository, log, trail, clock, "Bình Xét test"),
        new vn.binhxet.service.AgendaService(
            tx, conferenceRepository, voteRepository, trail, clock),
        new vn.binhxet.service.PreparationService(
            tx, conferenceRepository, preparation(db), voteRepository, trail, clock),
        new vn.binhxet.service.ProgrammeService(
            tx, conferenceRepository, preparation(db), voteRepository, trail),
        new vn.binhxet.service.DocumentService(
            tx,
            conferenceRepository,
            voteRepository,
            log,
            clock,
            new vn.binhxet.pdf.PdfDocuments()));
  }

  private static vn.binhxet.persistence.JooqPreparationRepository preparation(Database db) {
    return new vn.binhxet.persistence.JooqPreparationRepository(db.dsl());
  }

  /** The demo conference with one vote replaced, not illustrative, stored directly; its id. */
  public static long storeDemoWithVote(Database db, int index, vn.binhxet.domain.Vote vote) {
    var demo = vn.binhxet.domain.DemoConference.create();
    List<vn.binhxet.domain.Vote> votes = new ArrayList<>(demo.votes());
    votes.set(index, vote);
    var changed =
        new vn.binhxet.domain.Conference(
            demo.clusterName(),
            demo.reviewYear(),
            demo.title(),
            demo.heldOn(),
            demo.startsAt(),
            demo.place(),
            demo.hostUnitName(),
            demo.header(),
            demo.distribution(),
            false,
            demo.members(),
            demo.participants(),
            demo.awards(),
            votes,
            demo.agenda());
    var repo = new JooqConferenceRepository(db.dsl());
    return db.dsl().transactionResult(() -> repo.create(changed, java.time.Instant.now()));
  }

  /** The demo's head vote (the sixth), chosen by {@code how} instead of elected. */
  public static vn.binhxet.domain.Vote headBy(vn.binhxet.domain.HeadChoice how) {
    vn.binhxet.domain.Vote head = vn.binhxet.domain.DemoConference.create().votes().get(5);
    return new vn.binhxet.domain.Vote(
        head.kind(), null, null, head.method(), 1, how, head.rule(), head.visibility(), List.of());
  }

  public static ConferenceService services(Database db, Clock clock) {
    return stack(db, clock).conferences();
  }

  public static Database database(Path dir) {
    return Database.open(dir);
  }
}
