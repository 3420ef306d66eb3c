package vn.binhxet.ui.voting.round;

/** What is wrong with one field: a check's words, and whether it blocks (an error) or warns. */
public record FieldProblem(String text, boolean error) {
  public static FieldProblem error(String text) {
    return new FieldProblem(text, true);
  }

  public static FieldProblem warning(String text) {
    return new FieldProblem(text, false);
  }
}
