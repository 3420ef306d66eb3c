package vn.binhxet.service;

import java.util.List;
import vn.binhxet.domain.vote.Reconciliation;

/** The two blind entries of a round's ballots differ: the round cannot close until they agree. */
public final class EntriesDifferException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Reconciliation.Difference> differences;

  public EntriesDifferException(List<Reconciliation.Difference> differences) {
    super("entries differ at ballots " + differences.stream().map(d -> d.seq()).toList());
    this.differences = List.copyOf(differences);
  }

  public List<Reconciliation.Difference> differences() {
    return differences;
  }
}
