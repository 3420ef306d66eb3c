package vn.binhxet.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checks of the new-conference form, each naming its field. */
final class NewConferenceCheck {
  static final int MAX_UNITS = 500;
  static final int MAX_QUOTA = 100;

  private NewConferenceCheck() {}

  static List<Problem> problems(NewConference form) {
    List<Problem> p = new ArrayList<>();
    if (form.clusterName() == null) {
      p.add(Problem.of("cluster", "check.cluster.blank"));
    }
    if (form.reviewYear() < 1945 || form.reviewYear() > 9999) {
      p.add(Problem.of("year", "check.year.range", form.reviewYear()));
    }
    if (form.title() == null) {
      p.add(Problem.of("title", "check.title.blank"));
    }
    if (form.heldOn() == null) {
      p.add(Problem.of("date", "check.date.blank"));
    }
    if (form.place() == null) {
      p.add(Problem.of("place", "check.place.blank"));
    }
    if (form.style() == null) {
      p.add(Problem.of("style", "check.style.blank"));
    }
    if (form.unitNames().isEmpty()) {
      p.add(Problem.of("units", "check.units.none"));
    } else if (form.unitNames().size() > MAX_UNITS) {
      p.add(Problem.of("units", "check.units.tooMany", form.unitNames().size(), MAX_UNITS));
    }
    Set<String> seen = new HashSet<>();
    for (String name : form.unitNames()) {
      if (!seen.add(name)) {
        p.add(Problem.of("units", "check.units.duplicate", name));
        break;
      }
    }
    int[] quotas = {
      form.governmentFlagQuota(), form.provincialFlagQuota(), form.certificateQuota()
    };
    String[] fields = {"quota.government", "quota.provincial", "quota.certificate"};
    for (int i = 0; i < quotas.length; i++) {
      if (quotas[i] < 0 || quotas[i] > MAX_QUOTA) {
        p.add(Problem.of(fields[i], "check.quota.range", quotas[i], MAX_QUOTA));
      }
    }
    return p;
  }
}
