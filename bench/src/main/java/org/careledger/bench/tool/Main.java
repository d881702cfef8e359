package org.careledger.bench.tool;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The harness's Java tools, one sub-command each; bench/run.sh calls them in order. Options are
 * {@code --name=value}. Each tool writes one JSON file that {@code report} gathers.
 *
 * <ul>
 *   <li>{@code commands}: the HTTP command mix at fixed concurrency levels and fixed arrival rates;
 *   <li>{@code queries}: latency of the read endpoints on the generated data set;
 *   <li>{@code replay-watch}: waits until projections have caught up with the event table, and times it;
 *   <li>{@code report}: the dated report, Markdown and JSON, from the other tools' files.
 * </ul>
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: Main commands|queries|replay-watch|report --name=value ...");
            System.exit(2);
        }
        Options options = Options.parse(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "commands" -> CommandLoad.run(options);
            case "queries" -> QueryLoad.run(options);
            case "replay-watch" -> ReplayWatch.run(options);
            case "report" -> Report.run(options);
            default -> {
                System.err.println("unknown tool " + args[0]);
                System.exit(2);
            }
        }
    }

    /** {@code --name=value} options with typed, defaulted getters. */
    record Options(Map<String, String> values) {
        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            for (String arg : args) {
                if (!arg.startsWith("--") || !arg.contains("=")) {
                    throw new IllegalArgumentException("options are --name=value, not " + arg);
                }
                int eq = arg.indexOf('=');
                values.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
            return new Options(values);
        }

        String string(String name, String fallback) {
            return values.getOrDefault(name, fallback);
        }

        String required(String name) {
            String value = values.get(name);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
            return value;
        }

        int integer(String name, int fallback) {
            return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
        }

        long number(String name, long fallback) {
            return values.containsKey(name) ? Long.parseLong(values.get(name)) : fallback;
        }

        int[] integers(String name, String fallback) {
            String text = string(name, fallback).trim();
            if (text.isEmpty()) {
                return new int[0];
            }
            return Arrays.stream(text.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
        }
    }
}
