package org.emporium.launcher;

import java.util.List;

/** The launcher's subcommands and their options, parsed from the command line. */
public sealed interface CommandLine {

    /** Bring the platform up; {@code --build} is handled by the script and accepted here. */
    record Up(boolean external) implements CommandLine {}

    record Down() implements CommandLine {}

    record Status() implements CommandLine {}

    /** Show a process log: the last {@code lines} lines, then what follows if {@code follow}. */
    record Logs(String name, int lines, boolean follow) implements CommandLine {}

    record Help() implements CommandLine {}

    int DEFAULT_LOG_LINES = 50;

    String USAGE = """
            usage: ./emporium <command> [options]

              up [--external] [--build]  start the infrastructure, every built service and the gateway side by
                                         side, in the background (--external: use the PostgreSQL, Redis and RabbitMQ given by
                                         EMPORIUM_POSTGRES_URL/_USER/_PASSWORD, EMPORIUM_REDIS_HOST/_PORT,
                                         EMPORIUM_AMQP_HOST/_PORT/_USER/_PASSWORD; --build: rebuild first)
              down                       stop everything
              status                     each service and server: address, state, pid, uptime, RSS, restarts
              logs <name> [-n N] [--no-follow]
                                         print the last N lines (default 50) of a log and follow it;
                                         names: infra, build and the services
              test [maven args]          run the whole test suite (mvn -B verify)
            """;

    /** @throws IllegalArgumentException with a message fit for the user */
    static CommandLine parse(List<String> args) {
        if (args.isEmpty()) {
            return new Help();
        }
        var rest = args.subList(1, args.size());
        return switch (args.getFirst()) {
            case "up" -> parseUp(rest);
            case "down" -> noOptions("down", rest, new Down());
            case "status" -> noOptions("status", rest, new Status());
            case "logs" -> parseLogs(rest);
            case "help", "-h", "--help" -> new Help();
            default -> throw new IllegalArgumentException("unknown command: " + args.getFirst());
        };
    }

    private static CommandLine parseUp(List<String> args) {
        boolean external = false;
        for (var arg : args) {
            switch (arg) {
                case "--external" -> external = true;
                case "--build" -> {
                    // the script builds before handing over
                }
                default -> throw new IllegalArgumentException("up: unknown option " + arg);
            }
        }
        return new Up(external);
    }

    private static CommandLine parseLogs(List<String> args) {
        String name = null;
        int lines = DEFAULT_LOG_LINES;
        boolean follow = true;
        for (int i = 0; i < args.size(); i++) {
            var arg = args.get(i);
            if (arg.equals("-n") || arg.equals("--lines")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("logs: " + arg + " needs a number");
                }
                lines = lineCount(args.get(++i));
            } else if (arg.startsWith("-n") && arg.length() > 2) {
                lines = lineCount(arg.substring(2));
            } else if (arg.equals("-f") || arg.equals("--follow")) {
                follow = true;
            } else if (arg.equals("--no-follow")) {
                follow = false;
            } else if (arg.startsWith("-")) {
                throw new IllegalArgumentException("logs: unknown option " + arg);
            } else if (name == null) {
                name = arg;
            } else {
                throw new IllegalArgumentException("logs: one name only, got " + name + " and " + arg);
            }
        }
        if (name == null) {
            throw new IllegalArgumentException("logs: which one? e.g. ./emporium logs identity");
        }
        return new Logs(name, lines, follow);
    }

    private static int lineCount(String value) {
        try {
            int lines = Integer.parseInt(value);
            if (lines < 0) {
                throw new NumberFormatException();
            }
            return lines;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("logs: -n needs a non-negative number, not " + value);
        }
    }

    private static CommandLine noOptions(String command, List<String> args, CommandLine result) {
        if (!args.isEmpty()) {
            throw new IllegalArgumentException(command + " takes no options, got " + String.join(" ", args));
        }
        return result;
    }
}
