package kiln.tests.diff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.DynamicTest;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Turns "do slow work for each program, then check it" into dynamic tests whose slow part runs on a small
 * pool (default 2 threads, {@code -Dkiln.test.jobs=N}): javac, gcc and QEMU dominate the suite's time, and two at
 * a time keeps a 2-CPU machine busy without making the runs fight over memory.
 * Tests are reported in program order; each waits only for its own work.
 */
public final class Parallel {
    private Parallel() {}

    public interface Work<T> { T run(Path program) throws Exception; }
    public interface Check<T> { void check(Path program, T result) throws Throwable; }

    public static <T> List<DynamicTest> tests(List<Path> programs, Work<T> work, Check<T> check) {
        int jobs = Math.max(1, Programs.intProperty("kiln.test.jobs", 2));
        int waitMinutes = Programs.intProperty("kiln.test.wait.minutes", 15);
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "kiln-test-worker");
            t.setDaemon(true);
            return t;
        });
        Map<Path, Future<T>> futures = new LinkedHashMap<>();
        for (Path p : programs) futures.put(p, pool.submit(() -> work.run(p)));
        pool.shutdown();   // no more work; the submitted jobs still run
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<Path, Future<T>> e : futures.entrySet()) {
            Path program = e.getKey();
            tests.add(DynamicTest.dynamicTest(program.getFileName().toString(), program.toUri(), () -> {
                T result;
                try {
                    result = e.getValue().get(waitMinutes, TimeUnit.MINUTES);
                } catch (ExecutionException ex) {
                    throw ex.getCause();
                } catch (TimeoutException ex) {
                    e.getValue().cancel(true);
                    fail(program.getFileName() + ": no result after " + waitMinutes + " minutes (a hung build?)");
                    return;
                }
                check.check(program, result);
            }));
        }
        return tests;
    }
}
