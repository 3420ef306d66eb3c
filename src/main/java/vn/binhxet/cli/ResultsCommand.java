package vn.binhxet.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.binhxet.domain.ConferenceSummary;
import vn.binhxet.service.ConferenceResults;
import vn.binhxet.service.Messages;

/** {@code results [--data-dir DIR] [--conference ID] [--json]}: every vote's result. */
@Command(name = "results", mixinStandardHelpOptions = true)
public final class ResultsCommand implements Callable<Integer> {
  private final CliServicesFactory factory;

  @Spec CommandSpec spec;

  @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.dataDir")
  String dataDir;

  @Option(names = "--conference", paramLabel = "ID", descriptionKey = "cli.option.conference")
  Long conference;

  @Option(names = "--json", descriptionKey = "cli.option.json")
  boolean json;

  public ResultsCommand(CliServicesFactory factory) {
    this.factory = factory;
  }

  @Override
  public Integer call() throws JsonProcessingException {
    try (CliServices services = factory.open(dataDir)) {
      List<Long> ids =
          conference != null
              ? List.of(conference)
              : services.conferences().list().stream().map(ConferenceSummary::id).toList();
      List<ConferenceResults> all = new ArrayList<>();
      for (long id : ids) {
        all.add(services.votes().results(id));
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        out.println(mapper.writeValueAsString(conference != null ? all.get(0) : all));
      } else {
        all.forEach(r -> print(out, r, services.messages()));
      }
      out.flush();
      return 0;
    }
  }

  private static void print(PrintWriter out, ConferenceResults r, Messages m) {
    out.println(m.get("cli.results.conference", r.conference(), r.title()));
    if (r.illustrative()) {
      out.println("  " + m.get("cli.results.illustrative"));
    }
    NumberFormat percent = NumberFormat.getNumberInstance(m.locale());
    percent.setMinimumFractionDigits(2);
    percent.setMaximumFractionDigits(2);
    for (ConferenceResults.VoteResults v : r.votes()) {
      String what =
          v.award() != null
              ? v.award()
              : v.subject() != null ? v.subject() : m.get("cli.results.kind." + v.kind());
      out.println();
      out.println(m.get("cli.results.vote", v.position(), what));
      if (v.rounds().isEmpty()) {
        out.println("  " + m.get("cli.results.notTaken"));
        continue;
      }
      for (ConferenceResults.RoundResults round : v.rounds()) {
        out.println(
            "  "
                + m.get(
                    "cli.results.round",
                    round.round(),
                    m.get("cli.results.status." + round.status()),
                    round.votersPresent(),
                    round.votersEntitled(),
                    round.seats()));
        for (ConferenceResults.CandidateResult c : round.candidates()) {
          out.println(
              "    "
                  + m.get(
                      c.passed() ? "cli.results.passed" : "cli.results.failed",
                      c.unit(),
                      c.votes(),
                      c.base(),
                      percent.format(c.percentage() == null ? BigDecimal.ZERO : c.percentage())));
        }
        if (!round.quorumMet() && !round.candidates().isEmpty()) {
          out.println("    " + m.get("cli.results.noQuorum"));
        }
        if (!round.tied().isEmpty()) {
          out.println("    " + m.get("cli.results.tied", String.join("; ", round.tied())));
        }
        if (!round.chairChoice().isEmpty()) {
          out.println(
              "    "
                  + m.get(
                      "cli.results.chair",
                      String.join("; ", round.chairChoice()),
                      round.chairDecision()));
        }
      }
      if (v.kind().equals("MOTION") && v.decided()) {
        out.println(
            "  "
                + m.get(
                    v.chosen().isEmpty()
                        ? "cli.results.motionRejected"
                        : "cli.results.motionPassed"));
      } else {
        out.println(
            "  "
                + m.get(
                    v.decided() ? "cli.results.chosen" : "cli.results.pending",
                    v.chosen().isEmpty()
                        ? m.get("cli.results.nobody")
                        : String.join("; ", v.chosen())));
      }
    }
    out.println();
  }
}
