package vn.binhxet.ui.voting.round;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * Puts a check's finding on the field at fault, as ControlsFX draws it: a red (error) or yellow
 * (warning) mark on the field's corner with the words as its tooltip; the panel's summary line says
 * the same for the keyboard user, who never hovers.
 */
public final class Decorations {
  private static final GraphicValidationDecoration DECORATION = new GraphicValidationDecoration();

  private Decorations() {}

  /** Keeps {@code field}'s mark in step with {@code problem}; both live as long as each other. */
  public static void follow(Control field, ObservableValue<FieldProblem> problem) {
    problem.addListener((o, was, is) -> show(field, is));
    show(field, problem.getValue());
  }

  public static void show(Control field, FieldProblem problem) {
    DECORATION.removeDecorations(field);
    field.pseudoClassStateChanged(ERROR, problem != null && problem.error());
    field.pseudoClassStateChanged(WARNING, problem != null && !problem.error());
    if (problem != null) {
      DECORATION.applyValidationDecoration(
          problem.error()
              ? ValidationMessage.error(field, problem.text())
              : ValidationMessage.warning(field, problem.text()));
    }
  }

  private static final javafx.css.PseudoClass ERROR =
      javafx.css.PseudoClass.getPseudoClass("at-fault");
  private static final javafx.css.PseudoClass WARNING =
      javafx.css.PseudoClass.getPseudoClass("warned");
}
