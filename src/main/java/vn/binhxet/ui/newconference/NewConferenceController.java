package vn.binhxet.ui.newconference;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import vn.binhxet.service.ConferenceService;
import vn.binhxet.service.InvalidInputException;
import vn.binhxet.service.NewConference;
import vn.binhxet.service.Problem;
import vn.binhxet.service.WholeNumbers;
import vn.binhxet.ui.common.DialogService;
import vn.binhxet.ui.common.ErrorMessages;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.TaskRunner;

/** The new-conference form's intents. */
public final class NewConferenceController {
  /** What the main window does when the form opens, closes or creates a conference. */
  public interface Listener {
    void onShowNewConference();

    void onCloseNewConference();

    void onConferenceCreated(long id);
  }

  private final NewConferenceModel model;
  private final ConferenceService conferences;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final I18n i18n;
  private final Clock clock;
  private final Listener listener;

  /** The unit list last carried over, so that units the user typed are never replaced. */
  private String carriedText = "";

  /** The title last suggested, so that a title the user typed is never replaced. */
  private String suggestedTitle = "";

  public NewConferenceController(
      NewConferenceModel model,
      ConferenceService conferences,
      TaskRunner tasks,
      DialogService dialogs,
      I18n i18n,
      Clock clock,
      Listener listener) {
    this.model = model;
    this.conferences = conferences;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.i18n = i18n;
    this.clock = clock;
    this.listener = listener;
  }

  /** Opens an empty form with this year's defaults. */
  public void onOpen() {
    LocalDate today = LocalDate.now(clock);
    // Year-end conferences run from October into January: in the first months, the year under
    // review
    // is the one just ended.
    int year =
        today.getMonth().compareTo(Month.SEPTEMBER) < 0 ? today.getYear() - 1 : today.getYear();
    model.clusterProperty().set("");
    model.yearProperty().set(Integer.toString(year));
    suggestedTitle = defaultTitle(year);
    model.titleProperty().set(suggestedTitle);
    model.dateProperty().set(today);
    model.placeProperty().set("");
    model.styleProperty().set(vn.binhxet.domain.DocumentStyle.PARTY);
    model.unitsProperty().set("");
    model.quotaGovernmentProperty().set("1");
    model.quotaProvincialProperty().set("1");
    model.quotaCertificateProperty().set("1");
    model.setProblems(List.of());
    model.setCarriedOver(null);
    carriedText = "";
    tasks.run(
        conferences::clusterNames,
        names -> {
          model.setClusterChoices(names);
          listener.onShowNewConference();
        },
        this::fail);
  }

  /** The cluster or the year changed: carry over the cluster's units of the year before. */
  public void onClusterOrYearChanged() {
    String cluster = model.clusterProperty().get();
    Integer year = parse(model.yearProperty().get());
    String title = model.titleProperty().get();
    if (year != null && (title.isBlank() || title.equals(suggestedTitle))) {
      suggestedTitle = defaultTitle(year);
      model.titleProperty().set(suggestedTitle);
    }
    String units = model.unitsProperty().get();
    if (cluster == null || cluster.isBlank() || year == null) {
      return;
    }
    if (!units.isBlank() && !units.equals(carriedText)) {
      return;
    }
    tasks.run(
        () -> conferences.previousMembers(cluster.strip(), year),
        names -> {
          // The user may have typed while the list loaded: keep what they typed.
          if (!Objects.equals(model.unitsProperty().get(), units)) {
            return;
          }
          carriedText = String.join("\n", names);
          model.unitsProperty().set(carriedText);
          model.setCarriedOver(names.isEmpty() ? null : names.size());
        },
        this::fail);
  }

  public void onCreate() {
    List<Problem> problems = new ArrayList<>();
    Integer year = number(NewConferenceModel.YEAR, model.yearProperty().get(), problems);
    Integer government =
        number(
            NewConferenceModel.QUOTA_GOVERNMENT, model.quotaGovernmentProperty().get(), problems);
    Integer provincial =
        number(
            NewConferenceModel.QUOTA_PROVINCIAL, model.quotaProvincialProperty().get(), problems);
    Integer certificate =
        number(
            NewConferenceModel.QUOTA_CERTIFICATE, model.quotaCertificateProperty().get(), problems);
    NewConference form =
        new NewConference(
            model.clusterProperty().get(),
            year == null ? 0 : year,
            model.titleProperty().get(),
            model.dateProperty().get(),
            model.placeProperty().get(),
            model.styleProperty().get(),
            Arrays.asList(model.unitsProperty().get().split("\\R")),
            government == null ? 0 : government,
            provincial == null ? 0 : provincial,
            certificate == null ? 0 : certificate);
    if (!problems.isEmpty()) {
      // Every field at fault is shown at once, not one after another.
      List<String> unreadable = problems.stream().map(Problem::field).toList();
      conferences.problems(form).stream()
          .filter(p -> !unreadable.contains(p.field()))
          .forEach(problems::add);
      model.setProblems(problems);
      return;
    }
    model.setSaving(true);
    tasks.run(
        () -> conferences.create(form),
        id -> {
          model.setSaving(false);
          model.setProblems(List.of());
          listener.onConferenceCreated(id);
        },
        failure -> {
          model.setSaving(false);
          if (failure instanceof InvalidInputException invalid) {
            model.setProblems(invalid.problems());
          } else {
            fail(failure);
          }
        });
  }

  public void onCancel() {
    model.setProblems(List.of());
    listener.onCloseNewConference();
  }

  private String defaultTitle(int year) {
    return i18n.tr("new.conferenceTitle.default", Integer.toString(year));
  }

  private static Integer parse(String text) {
    return WholeNumbers.parse(text);
  }

  private static Integer number(String field, String text, List<Problem> problems) {
    Integer value = parse(text);
    if (value == null) {
      problems.add(Problem.of(field, "check.number.invalid", text == null ? "" : text.strip()));
    }
    return value;
  }

  private void fail(Throwable t) {
    dialogs.showError(i18n.tr("error.title"), ErrorMessages.describe(t, i18n));
  }
}
