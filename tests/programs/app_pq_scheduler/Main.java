import java.util.*;
import java.util.function.*;
import java.util.stream.*;

/**
 * A discrete-event simulation of a CPU scheduler: jobs arrive over time, wait in a priority queue
 * (several policies), run on N cores with time slices, and a report compares the policies.
 */
public class Main {
    enum Policy { FIFO, SHORTEST_FIRST, PRIORITY, ROUND_ROBIN }

    record Job(int id, String name, int arrival, int burst, int priority) {}

    static final class Task {
        final Job job;
        int remaining, started = -1, finished, lastReady, waited, slices;
        final long order;

        Task(Job job, long order) {
            this.job = job;
            this.remaining = job.burst();
            this.lastReady = job.arrival();
            this.order = order;
        }
    }

    record Event(int time, int kind, int core, Task task) {}  // kind 0 = arrival, 1 = slice end

    record Result(Policy policy, double avgWait, double avgTurnaround, int makespan, int switches, String order) {}

    static Comparator<Task> comparator(Policy p) {
        Comparator<Task> byOrder = Comparator.comparingLong(t -> t.order);
        return switch (p) {
            case FIFO, ROUND_ROBIN -> Comparator.<Task>comparingInt(t -> t.lastReady).thenComparing(byOrder);
            case SHORTEST_FIRST -> Comparator.<Task>comparingInt(t -> t.remaining).thenComparingInt(t -> t.job.arrival())
                    .thenComparing(byOrder);
            case PRIORITY -> Comparator.<Task>comparingInt(t -> -t.job.priority()).thenComparingInt(t -> t.lastReady)
                    .thenComparing(byOrder);
        };
    }

    static Result simulate(List<Job> jobs, Policy policy, int cores, int slice) {
        PriorityQueue<Event> events = new PriorityQueue<>(Comparator.comparingInt(Event::time)
                .thenComparingInt(Event::kind).thenComparingInt(e -> e.task().job.id()));
        PriorityQueue<Task> ready = new PriorityQueue<>(comparator(policy));
        long seq = 0;
        for (Job j : jobs) events.add(new Event(j.arrival(), 0, -1, new Task(j, seq++)));
        Task[] running = new Task[cores];
        List<Task> done = new ArrayList<>();
        int switches = 0, now = 0;
        StringBuilder order = new StringBuilder();
        while (!events.isEmpty()) {
            Event e = events.poll();
            now = e.time();
            if (e.kind() == 0) {
                ready.add(e.task());
            } else {
                Task t = e.task();
                running[e.core()] = null;
                if (t.remaining == 0) {
                    t.finished = now;
                    done.add(t);
                    order.append(t.job.name()).append(' ');
                } else {
                    t.lastReady = now;
                    ready.add(t);
                }
            }
            // Only dispatch once every event at this instant has been seen.
            if (!events.isEmpty() && events.peek().time() == now) continue;
            for (int c = 0; c < cores && !ready.isEmpty(); c++) {
                if (running[c] != null) continue;
                Task t = ready.poll();
                if (t.started < 0) t.started = now;
                t.waited += now - t.lastReady;
                int run = policy == Policy.ROUND_ROBIN ? Math.min(slice, t.remaining) : t.remaining;
                t.remaining -= run;
                t.slices++;
                switches++;
                running[c] = t;
                events.add(new Event(now + run, 1, c, t));
            }
        }
        double avgWait = done.stream().mapToInt(t -> t.waited).average().orElse(0);
        double avgTurn = done.stream().mapToInt(t -> t.finished - t.job.arrival()).average().orElse(0);
        return new Result(policy, avgWait, avgTurn, now, switches, order.toString().trim());
    }

    static List<Job> workload(long seed, int n) {
        Random r = new Random(seed);
        List<Job> jobs = new ArrayList<>();
        int t = 0;
        for (int i = 0; i < n; i++) {
            t += r.nextInt(4);
            int burst = 1 + (int) Math.abs(r.nextGaussian() * 6);
            jobs.add(new Job(i, "J" + Integer.toString(i, 36).toUpperCase(), t, burst, r.nextInt(5)));
        }
        return jobs;
    }

    public static void main(String[] args) {
        List<Job> small = List.of(new Job(0, "A", 0, 8, 1), new Job(1, "B", 1, 4, 3), new Job(2, "C", 2, 9, 2),
                new Job(3, "D", 3, 5, 3), new Job(4, "E", 3, 2, 0));
        for (Policy p : Policy.values()) {
            Result r = simulate(small, p, 1, 3);
            System.out.printf("%-15s wait=%6.2f turnaround=%6.2f makespan=%3d switches=%2d order=%s%n",
                    r.policy(), r.avgWait(), r.avgTurnaround(), r.makespan(), r.switches(), r.order());
        }
        List<Job> big = workload(2024, 60);
        System.out.println("workload: " + big.size() + " jobs, total burst " + big.stream().mapToInt(Job::burst).sum());
        System.out.println("first jobs: " + big.subList(0, 4));
        Map<Integer, Long> byPriority = big.stream().collect(Collectors.groupingBy(Job::priority, TreeMap::new, Collectors.counting()));
        System.out.println("by priority: " + byPriority);
        List<Result> results = new ArrayList<>();
        for (int cores : new int[] {1, 2, 4}) {
            for (Policy p : Policy.values()) {
                Result r = simulate(big, p, cores, 2);
                results.add(r);
                System.out.printf("cores=%d %-15s wait=%7.3f turnaround=%7.3f makespan=%4d switches=%3d%n",
                        cores, p, r.avgWait(), r.avgTurnaround(), r.makespan(), r.switches());
            }
        }
        Result best = results.stream().min(Comparator.comparingDouble(Result::avgWait)).orElseThrow();
        System.out.println("best average wait: " + best.policy() + " " + String.format("%.4f", best.avgWait()));
        System.out.println("completion order (SJF, 2 cores): " + simulate(big, Policy.SHORTEST_FIRST, 2, 2).order());
        // PriorityQueue API corners.
        PriorityQueue<String> pq = new PriorityQueue<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        pq.addAll(List.of("delta", "a", "ccc", "bb", "alpha", "z", "omega"));
        System.out.println("peek=" + pq.peek() + " size=" + pq.size() + " contains(ccc)=" + pq.contains("ccc"));
        pq.remove("ccc");
        StringBuilder drained = new StringBuilder();
        while (!pq.isEmpty()) drained.append(pq.poll()).append(',');
        System.out.println("drained " + drained);
        PriorityQueue<Integer> maxHeap = new PriorityQueue<>(Collections.reverseOrder());
        IntStream.of(5, 1, 9, 3, 9, 7).forEach(maxHeap::offer);
        System.out.println("max-heap poll: " + maxHeap.poll() + " " + maxHeap.poll() + " rest sorted " + maxHeap.stream().sorted().toList());
    }
}
