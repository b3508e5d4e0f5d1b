package dev.sitegen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of site-gen.jar: parses arguments and runs one subcommand. */
@Command(name = "site-gen", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns raw news dumps and Markdown pages into a static news site.",
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, ExtractCommand.class,
                CommandLine.HelpCommand.class},
        synopsisSubcommandLabel = "COMMAND")
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code: 0 success, 1 failed build or check, 2 bad usage. */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: build, serve, check or extract");
    }
}
