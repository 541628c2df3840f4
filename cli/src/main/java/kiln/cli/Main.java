package kiln.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import kiln.cli.build.BuildCommand;
import kiln.cli.demo.DemoCommand;
import kiln.cli.run.RunCommand;
import kiln.compiler.CompileError;

/** The `kiln` command: dispatches to build and run. */
public final class Main {
    private Main() {}

    static final String USAGE = """
            usage: kiln build <input> [-o FILE] [--target kvm|linux] [--main CLASS] [--verbose]
                   kiln run <image> [--mem SIZE] [--accel auto|kvm|tcg] [--timeout SECONDS] [-- args...]
                   kiln demo [--port PORT] [--accel auto|kvm|tcg] [--mem SIZE]
              <input> is a directory of .java sources, a directory of .class files, or a .jar.
            """;

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs one kiln command with empty standard input; returns its exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, InputStream.nullInputStream(), out, err);
    }

    /** Runs one kiln command; `kiln run` forwards {@code in} to the guest's standard input. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            (args.length == 0 ? err : out).print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        boolean verbose = rest.contains("--verbose");
        try {
            return switch (args[0]) {
                case "build" -> BuildCommand.run(rest, out, err);
                case "run" -> RunCommand.run(rest, in, out, err);
                case "demo" -> DemoCommand.run(rest, in, out, err);
                default -> {
                    err.println("kiln: error: unknown command '" + args[0] + "'");
                    err.print(USAGE);
                    yield 2;
                }
            };
        } catch (CompileError e) {
            for (String line : e.getMessage().split("\n")) {
                err.println("kiln: error: " + line);
            }
            return 2;
        } catch (RuntimeException e) {
            err.println("kiln: internal error: " + e);
            if (verbose) {
                e.printStackTrace(err);
            } else {
                err.println("kiln: (run with --verbose for the compiler's stack trace)");
            }
            return 1;
        }
    }
}
