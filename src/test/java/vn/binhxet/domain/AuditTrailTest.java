package vn.binhxet.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditTrailTest {
  /** A log in memory: the chain logic is the domain's, whatever stores it. */
  static final class MemoryLog implements AuditLogRepository {
    final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public Optional<AuditEntry> last() {
      return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
    }

    @Override
    public void append(AuditEntry entry) {
      entries.add(entry);
    }

    @Override
    public List<AuditEntry> all() {
      return List.copyOf(entries);
    }
  }

  private static MemoryLog logOfThree() {
    MemoryLog log = new MemoryLog();
    AuditTrail trail =
        new AuditTrail(
            log, Clock.fixed(Instant.parse("2018-12-03T01:30:00.123456789Z"), ZoneOffset.UTC));
    trail.record(1L, "TALLY_RECORDED", "round:1", "for=9; against=1; abstain=1");
    trail.record(1L, "TALLY_RECORDED", "round:2", "for=11");
    trail.record(null, "CONFERENCE_CREATED", "conference:2", "how=demo");
    return log;
  }

  @Test
  void anUntouchedChainIsIntact() {
    MemoryLog log = logOfThree();
    assertThat(new AuditTrail(log, Clock.systemUTC()).brokenAt()).isEmpty();
    assertThat(log.entries.get(0).prevHash()).isEqualTo(AuditEntry.GENESIS);
    assertThat(log.entries.get(1).prevHash()).isEqualTo(log.entries.get(0).hash());
    assertThat(log.entries.get(0).at().getNano() % 1000).as("kept to microseconds").isZero();
  }

  static Stream<Arguments> tampering() {
    return Stream.of(
        Arguments.of(
            "a changed detail",
            (UnaryOperator<AuditEntry>) e -> copy(e, e.details().replace("9", "10"), e.seq())),
        Arguments.of(
            "a changed action",
            (UnaryOperator<AuditEntry>)
                e ->
                    new AuditEntry(
                        e.seq(),
                        e.at(),
                        e.conferenceId(),
                        "TALLY_DELETED",
                        e.subject(),
                        e.details(),
                        e.prevHash(),
                        e.hash())),
        Arguments.of(
            "a changed time",
            (UnaryOperator<AuditEntry>)
                e ->
                    new AuditEntry(
                        e.seq(),
                        e.at().plusSeconds(1),
                        e.conferenceId(),
                        e.action(),
                        e.subject(),
                        e.details(),
                        e.prevHash(),
                        e.hash())));
  }

  private static AuditEntry copy(AuditEntry e, String details, long seq) {
    return new AuditEntry(
        seq, e.at(), e.conferenceId(), e.action(), e.subject(), details, e.prevHash(), e.hash());
  }

  @ParameterizedTest(name = "{0} is caught")
  @MethodSource("tampering")
  void anEditedEntryBreaksTheChainThere(String what, UnaryOperator<AuditEntry> edit) {
    MemoryLog log = logOfThree();
    log.entries.set(0, edit.apply(log.entries.get(0)));
    assertThat(AuditTrail.brokenAt(log.all())).containsExactly(1L);
  }

  @Test
  void aRemovedEntryIsCaught() {
    MemoryLog log = logOfThree();
    log.entries.remove(1);
    assertThat(AuditTrail.brokenAt(log.all())).containsExactly(3L);
  }

  @Test
  void aRehashedEntryStillBreaksTheNextLink() {
    MemoryLog log = logOfThree();
    AuditEntry first = log.entries.get(0);
    AuditEntry forged =
        AuditEntry.next(
            null, first.at(), first.conferenceId(), first.action(), first.subject(), "for=11");
    log.entries.set(0, forged);
    assertThat(AuditTrail.brokenAt(log.all())).containsExactly(2L);
  }
}
