package org.dateline.searcher.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.indexer.cli.CheckCommand;
import org.dateline.indexer.cli.DeleteCommand;
import org.dateline.indexer.cli.EntitiesCommand;
import org.dateline.indexer.cli.ExitCodes;
import org.dateline.indexer.cli.IndexCommand;
import org.dateline.indexer.cli.NerEvalCommand;
import org.dateline.indexer.cli.NerTrainCommand;
import org.dateline.searcher.SearchRanker;
import org.dateline.searcher.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;

/**
 * The {@code dateline} command: index news articles and search them. Its subcommands inherit its
 * {@code @Command} attributes they do not set themselves (picocli's inherited scope): the help and
 * version options and the version they print. Exit codes go in the description, as each command
 * states its own there: a footer here would be inherited by every command.
 */
@Command(
    name = "dateline",
    scope = CommandLine.ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    version = "dateline 0.1.0",
    description = {
      "Full-text search for news articles.",
      "Exit codes: 0 ok, 1 failed, 2 bad usage, 3 done but some inputs rejected."
    },
    subcommands = {
      IndexCommand.class,
      DeleteCommand.class,
      SearchCommand.class,
      FacetsCommand.class,
      RelatedCommand.class,
      StatsCommand.class,
      CheckCommand.class,
      SoakCommand.class,
      EntitiesCommand.class,
      NerTrainCommand.class,
      NerEvalCommand.class,
      BenchCommand.class,
      HelpCommand.class
    })
public final class Dateline implements Runnable {

  @Option(
      names = "--verbose",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces of errors.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** Runs the CLI and exits with its exit code. */
  public static void main(String[] args) {
    StandardOutput stdout = new StandardOutput();
    java.nio.charset.Charset charset = stdoutCharset();
    // JSON that the output's encoding cannot carry whole is written with backslash-u escapes
    org.dateline.indexer.cli.JsonOutput.escapeNonAscii(
        !charset.newEncoder().canEncode("\u00e9\u0416\u4e2d\ud83d\ude00"));
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(stdout, charset), true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(args, out, err, stdout::failed));
  }

  /**
   * Standard output, which remembers why a write failed: a reader that went away ({@code dateline
   * search x | head}) is no error to report, a full disk is.
   */
  private static final class StandardOutput extends java.io.OutputStream {
    private final java.io.OutputStream out =
        new java.io.FileOutputStream(java.io.FileDescriptor.out);
    private IOException failure;

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (failure != null) {
        throw failure;
      }
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      if (failure != null) {
        throw failure;
      }
      out.flush();
    }

    /** Whether a write failed for another reason than the reader's going away. */
    boolean failed() {
      return failure != null && !readerWentAway(failure);
    }

    /**
     * Whether a failed write was to a pipe whose reader is gone: standard output is a pipe (on
     * Linux, as {@code /proc} says), or, where that cannot be told, the system's message names a
     * pipe (most languages keep the word: the French message ends "(pipe)").
     */
    private static boolean readerWentAway(IOException e) {
      try {
        return java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/1"))
            .toString()
            .startsWith("pipe:");
      } catch (IOException | RuntimeException notLinux) {
        String m = e.getMessage();
        return m != null && m.toLowerCase(Locale.ROOT).contains("pipe");
      }
    }
  }

  /**
   * The encoding standard output was given ({@code stdout.encoding}, or on Java 17 {@code
   * sun.stdout.encoding}, which a console sets), as {@code System.out} would use; else the default.
   */
  private static java.nio.charset.Charset stdoutCharset() {
    for (String property : new String[] {"stdout.encoding", "sun.stdout.encoding"}) {
      String name = System.getProperty(property);
      if (name != null && java.nio.charset.Charset.isSupported(name)) {
        return java.nio.charset.Charset.forName(name);
      }
    }
    return java.nio.charset.Charset.defaultCharset();
  }

  /**
   * Runs a command line, and fails it (exit 1) when its output could not all be written (a full
   * disk): a CI job that writes {@code eval > results.txt} must not pass on a truncated file. A
   * reader that went away ({@code | head}) took what it wanted: no failure.
   *
   * @param outFailed whether writing the output failed (asked after flushing {@code out}), for a
   *     reason to report
   */
  static int run(
      String[] args,
      PrintWriter out,
      PrintWriter err,
      java.util.function.BooleanSupplier outFailed) {
    CommandLine cl = commandLine(out, err);
    String undecoded = undecodedArgument(args, System.getProperty("sun.jnu.encoding"));
    if (undecoded != null) {
      err.println(undecoded);
      err.flush();
      return ExitCodes.USAGE;
    }
    CommandLine.ParameterException unknown = mistypedCommand(cl, args);
    if (unknown != null) {
      // picocli would answer "dateline serch --help" with the root's help and success
      return usageError(unknown, args);
    }
    int code;
    try {
      code = cl.execute(args);
    } catch (Error e) {
      code = ErrorHandler.reportError(e, cl); // one line, not the JVM's stack trace
    }
    out.flush();
    if (outFailed.getAsBoolean()) {
      err.println("dateline: the output could not all be written to standard output");
      err.flush();
      if (code == 0 || code == ExitCodes.REJECTED) {
        code = ExitCodes.FAILED;
      }
    }
    return code;
  }

  /**
   * Why an argument cannot be used as given, or {@code null}: in a locale whose encoding is not
   * UTF-8 (none set, as in many containers and cron jobs), Java reads the bytes of "Zürich" it
   * cannot decode as U+FFFD, and a query or a filter of them would silently match nothing.
   *
   * @param encoding the encoding the JVM read the arguments in ({@code sun.jnu.encoding})
   */
  static String undecodedArgument(String[] args, String encoding) {
    if (encoding == null || encoding.equalsIgnoreCase("UTF-8")) {
      return null; // a U+FFFD then is one the user typed
    }
    for (String a : args) {
      if (a.indexOf('\uFFFD') >= 0) {
        return "dateline: the argument '"
            + a.replace('\uFFFD', '?')
            + "' holds characters that the system's encoding ("
            + encoding
            + ") cannot read; run with a UTF-8 locale (LANG=C.UTF-8), as ./dateline does";
      }
    }
    return null;
  }

  /** The configured command line, writing to the given writers (tests pass their own). */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Dateline());
    cl.addSubcommand(new EvalCommand(SearchRanker::open));
    cl.addSubcommand(new CompareCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // in a query, "-hamas" is an excluded word, not -h with more letters (eval keeps trec_eval's
    // "-l2" and "-qc")
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (takesQuery(sub)) {
        sub.setPosixClusteredShortOptionsAllowed(false);
      }
    }
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setExitCodeExceptionMapper(t -> ExitCodes.FAILED);
    cl.setParameterExceptionHandler(Dateline::usageError);
    return cl;
  }

  /**
   * Reports a usage error in one line named by the command as typed ({@code dateline search}, or
   * {@code dateline} alone for the root), then picocli's suggestion for a mistyped command and the
   * pointer to that command's help.
   */
  private static int usageError(CommandLine.ParameterException ex, String[] args) {
    CommandLine c = ex.getCommandLine();
    String name = c.getCommandSpec().qualifiedName();
    PrintWriter err = c.getErr();
    String unknown = unknownCommand(ex);
    if (unknown != null) {
      err.println(name + ": unknown command '" + unknown + "'");
      String meant = meant(unknown, c);
      if (meant != null) {
        err.println("Did you mean: " + meant + "?");
      }
    } else {
      // picocli starts its messages about option groups with "Error: "; ours name the command
      err.println(name + ": " + ex.getMessage().replaceFirst("^Error: ", ""));
    }
    String excluded = excludedWord(c, args);
    if (excluded != null) {
      err.println(
          "A query word starting with '-' ("
              + excluded
              + ") is read as an option: put '--' before the query ("
              + name
              + " -- troops -iraq) or quote the whole query.");
    }
    err.println("Try '" + name + " --help' for more.");
    err.flush();
    return ExitCodes.USAGE;
  }

  /**
   * The error for the first word of {@code args} that stands where a command with subcommands
   * expects one and names none of them, or {@code null}: {@code dateline serch --help}, {@code
   * dateline bench quer}. The commands with subcommands take no option with a value.
   */
  private static CommandLine.ParameterException mistypedCommand(CommandLine cl, String[] args) {
    CommandLine c = cl;
    for (String a : args) {
      if (c.getSubcommands().isEmpty() || a.equals("--") || a.startsWith("@")) {
        return null; // an @file of arguments is for picocli to expand first
      }
      if (a.startsWith("-")) {
        continue;
      }
      CommandLine sub = c.getSubcommands().get(a);
      if (sub == null) {
        return new CommandLine.UnmatchedArgumentException(c, List.of(a));
      }
      c = sub;
    }
    return null;
  }

  /**
   * The commands {@code typed} may have meant, as "dateline search or dateline stats", or {@code
   * null}: those a letter or two away in spelling (picocli's own suggestions name commands that
   * only share letters: "prune" got "ner-eval or ner-train"), and for a word that is an option of a
   * command, that option ("prune": dateline index --prune).
   */
  static String meant(String typed, CommandLine parent) {
    String name = parent.getCommandSpec().qualifiedName();
    String word = typed.toLowerCase(Locale.ROOT);
    List<String> close = new ArrayList<>();
    for (String command : parent.getSubcommands().keySet()) {
      int allowed = Math.max(1, Math.min(command.length(), word.length()) / 3);
      if (!command.equals("help") && editDistance(word, command) <= allowed) {
        close.add(command);
      }
    }
    close.sort(Comparator.comparingInt(command -> editDistance(word, command))); // closest first
    close.replaceAll(command -> name + " " + command);
    if (close.isEmpty()) {
      for (Map.Entry<String, CommandLine> sub : parent.getSubcommands().entrySet()) {
        if (sub.getValue().getCommandSpec().findOption("--" + word) != null
            && !Set.of("help", "version", "index", "json", "verbose").contains(word)) {
          close.add(name + " " + sub.getKey() + " --" + word);
        }
      }
    }
    return close.isEmpty() ? null : String.join(" or ", close);
  }

  /** Levenshtein distance: the fewest letters inserted, deleted or replaced to make b of a. */
  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int replace = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(replace, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * The word given where a command with subcommands expected one of them ({@code dateline serch},
   * {@code dateline help serch}), or {@code null} for another usage error.
   */
  private static String unknownCommand(CommandLine.ParameterException ex) {
    CommandLine c = ex.getCommandLine();
    if (c.getSubcommands().isEmpty()) {
      return null;
    }
    if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
      return unmatched.isUnknownOption() || unmatched.getUnmatched().isEmpty()
          ? null
          : unmatched.getUnmatched().get(0);
    }
    // the help command's refusal of a name it does not know, reported for the parent
    String value = ex.getValue();
    return ex.getArgSpec() == null && value != null && !c.getSubcommands().containsKey(value)
        ? value
        : null;
  }

  /** Whether the command takes a query, whose words may start with '-'. */
  private static boolean takesQuery(CommandLine c) {
    return c.getCommandSpec().positionalParameters().stream()
        .anyMatch(p -> p.paramLabel().equals("QUERY"));
  }

  /**
   * The first argument that looks like an option the command does not have but like an excluded
   * query word ({@code -iraq}), when the command takes a query; else {@code null}.
   */
  private static String excludedWord(CommandLine c, String[] args) {
    if (!takesQuery(c)) {
      return null;
    }
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--")) {
        return null;
      }
      CommandLine.Model.OptionSpec before =
          i == 0 ? null : c.getCommandSpec().findOption(args[i - 1]);
      if (before != null && before.arity().max() > 0) {
        continue; // an option's value ("--sort -date"): picocli says what is wrong with it
      }
      if (arg.length() > 1
          && arg.startsWith("-")
          && !arg.startsWith("--")
          && Character.isLetterOrDigit(arg.charAt(1))
          && c.getCommandSpec().findOption(arg) == null) {
        return arg;
      }
    }
    return null;
  }
}
