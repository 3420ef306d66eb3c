package vn.binhxet.service.imports;

import java.util.List;
import vn.binhxet.domain.Participant;
import vn.binhxet.domain.ParticipantKind;
import vn.binhxet.domain.Role;
import vn.binhxet.service.Problem;

/**
 * A delegate or guest read from a list. {@code fullName} is empty when blank (then a problem says
 * so); {@code title} and {@code unit} are null when absent. For a delegate whose unit matched a
 * unit of the list, {@code unit} is that unit's name exactly as the list has it, even when the file
 * spelt it differently (its short name, other capitals, the old placement of the tone mark); for a
 * guest it is the organisation as written.
 */
public record DelegateRow(
    int line,
    String fullName,
    String title,
    String unit,
    Role role,
    boolean guest,
    List<Problem> problems)
    implements ListRow {
  public DelegateRow {
    problems = List.copyOf(problems);
  }

  /**
   * The participant to save; only for a row that is {@link #ok()}. A guest never votes, whatever
   * {@code entitledToVote} says.
   */
  public Participant toParticipant(boolean entitledToVote) {
    if (!ok()) {
      throw new IllegalStateException("row " + line + " has problems: " + problems);
    }
    if (guest) {
      return new Participant(ParticipantKind.GUEST, fullName, title, null, unit, role, false);
    }
    return new Participant(
        ParticipantKind.DELEGATE, fullName, title, unit, null, role, entitledToVote);
  }
}
