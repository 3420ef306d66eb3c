package vn.binhxet.service;

import java.util.List;
import vn.binhxet.domain.vote.Finding;

/** An entry failed a check that blocks it (an error of the catalogue); nothing was stored. */
public final class EntryRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Finding> findings;

  public EntryRefusedException(List<Finding> findings) {
    super("refused: " + findings.stream().map(f -> f.check().code()).toList());
    this.findings = List.copyOf(findings);
  }

  public List<Finding> findings() {
    return findings;
  }
}
