package vn.binhxet.service;

import java.util.List;
import vn.binhxet.domain.vote.Finding;

/** Warnings stand between the user and the action: repeat it confirmed. Nothing was stored. */
public final class ConfirmationNeededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Finding> warnings;

  public ConfirmationNeededException(List<Finding> warnings) {
    super("to confirm: " + warnings.stream().map(f -> f.check().code()).toList());
    this.warnings = List.copyOf(warnings);
  }

  public List<Finding> warnings() {
    return warnings;
  }
}
