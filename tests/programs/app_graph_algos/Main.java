import java.util.*;
import java.util.stream.*;

/** Graph algorithms on a seeded random weighted graph: BFS, DFS, Dijkstra, Bellman-Ford, topological sort, MST, SCC. */
public class Main {
    record Edge(int from, int to, int weight) {}

    static final class Graph {
        final int n;
        final List<List<Edge>> adj = new ArrayList<>();
        final List<Edge> edges = new ArrayList<>();

        Graph(int n) {
            this.n = n;
            for (int i = 0; i < n; i++) adj.add(new ArrayList<>());
        }

        void add(int a, int b, int w) {
            Edge e = new Edge(a, b, w);
            adj.get(a).add(e);
            edges.add(e);
        }
    }

    static int[] bfs(Graph g, int src) {
        int[] dist = new int[g.n];
        Arrays.fill(dist, -1);
        ArrayDeque<Integer> q = new ArrayDeque<>();
        dist[src] = 0;
        q.add(src);
        while (!q.isEmpty()) {
            int u = q.poll();
            for (Edge e : g.adj.get(u)) {
                if (dist[e.to()] < 0) {
                    dist[e.to()] = dist[u] + 1;
                    q.add(e.to());
                }
            }
        }
        return dist;
    }

    static long[] dijkstra(Graph g, int src, int[] parent) {
        long[] dist = new long[g.n];
        Arrays.fill(dist, Long.MAX_VALUE);
        Arrays.fill(parent, -1);
        dist[src] = 0;
        PriorityQueue<long[]> pq = new PriorityQueue<>((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        pq.add(new long[] {0, src});
        while (!pq.isEmpty()) {
            long[] top = pq.poll();
            int u = (int) top[1];
            if (top[0] > dist[u]) continue;
            for (Edge e : g.adj.get(u)) {
                long nd = dist[u] + e.weight();
                if (nd < dist[e.to()]) {
                    dist[e.to()] = nd;
                    parent[e.to()] = u;
                    pq.add(new long[] {nd, e.to()});
                }
            }
        }
        return dist;
    }

    static long[] bellmanFord(Graph g, int src) {
        long[] dist = new long[g.n];
        Arrays.fill(dist, Long.MAX_VALUE);
        dist[src] = 0;
        for (int round = 0; round < g.n - 1; round++) {
            boolean changed = false;
            for (Edge e : g.edges) {
                if (dist[e.from()] != Long.MAX_VALUE && dist[e.from()] + e.weight() < dist[e.to()]) {
                    dist[e.to()] = dist[e.from()] + e.weight();
                    changed = true;
                }
            }
            if (!changed) break;
        }
        return dist;
    }

    static List<Integer> path(int[] parent, int to) {
        LinkedList<Integer> p = new LinkedList<>();
        for (int v = to; v != -1; v = parent[v]) p.addFirst(v);
        return p;
    }

    static Optional<List<Integer>> topoSort(Graph g) {
        int[] indeg = new int[g.n];
        for (Edge e : g.edges) indeg[e.to()]++;
        PriorityQueue<Integer> q = new PriorityQueue<>();
        for (int i = 0; i < g.n; i++) if (indeg[i] == 0) q.add(i);
        List<Integer> out = new ArrayList<>();
        while (!q.isEmpty()) {
            int u = q.poll();
            out.add(u);
            for (Edge e : g.adj.get(u)) if (--indeg[e.to()] == 0) q.add(e.to());
        }
        return out.size() == g.n ? Optional.of(out) : Optional.empty();
    }

    static int find(int[] p, int x) {
        while (p[x] != x) {
            p[x] = p[p[x]];
            x = p[x];
        }
        return x;
    }

    static List<Edge> kruskal(Graph g) {
        int[] parent = IntStream.range(0, g.n).toArray();
        List<Edge> sorted = new ArrayList<>(g.edges);
        sorted.sort(Comparator.comparingInt(Edge::weight).thenComparingInt(Edge::from).thenComparingInt(Edge::to));
        List<Edge> mst = new ArrayList<>();
        for (Edge e : sorted) {
            int a = find(parent, e.from()), b = find(parent, e.to());
            if (a != b) {
                parent[a] = b;
                mst.add(e);
            }
        }
        return mst;
    }

    /** Tarjan's strongly connected components (recursive). */
    static final class Tarjan {
        final Graph g;
        final int[] index, low;
        final boolean[] onStack;
        final Deque<Integer> stack = new ArrayDeque<>();
        final List<List<Integer>> components = new ArrayList<>();
        int counter;

        Tarjan(Graph g) {
            this.g = g;
            index = new int[g.n];
            low = new int[g.n];
            onStack = new boolean[g.n];
            Arrays.fill(index, -1);
            for (int v = 0; v < g.n; v++) if (index[v] < 0) visit(v);
        }

        void visit(int v) {
            index[v] = low[v] = counter++;
            stack.push(v);
            onStack[v] = true;
            for (Edge e : g.adj.get(v)) {
                if (index[e.to()] < 0) {
                    visit(e.to());
                    low[v] = Math.min(low[v], low[e.to()]);
                } else if (onStack[e.to()]) {
                    low[v] = Math.min(low[v], index[e.to()]);
                }
            }
            if (low[v] == index[v]) {
                List<Integer> comp = new ArrayList<>();
                int w;
                do {
                    w = stack.pop();
                    onStack[w] = false;
                    comp.add(w);
                } while (w != v);
                Collections.sort(comp);
                components.add(comp);
            }
        }
    }

    public static void main(String[] args) {
        Random r = new Random(99);
        Graph g = new Graph(40);
        for (int i = 0; i < 120; i++) {
            int a = r.nextInt(40), b = r.nextInt(40);
            if (a != b) g.add(a, b, 1 + r.nextInt(20));
        }
        int[] hops = bfs(g, 0);
        System.out.println("bfs hops: " + Arrays.toString(hops));
        System.out.println("unreachable: " + IntStream.range(0, g.n).filter(i -> hops[i] < 0).boxed().toList());
        int[] parent = new int[g.n];
        long[] d = dijkstra(g, 0, parent);
        long[] bf = bellmanFord(g, 0);
        System.out.println("dijkstra == bellman-ford: " + Arrays.equals(d, bf));
        for (int t : new int[] {5, 17, 33, 39}) {
            System.out.println("0 -> " + t + ": " + (d[t] == Long.MAX_VALUE ? "none" : d[t] + " via " + path(parent, t)));
        }
        Tarjan tj = new Tarjan(g);
        List<List<Integer>> big = tj.components.stream().filter(c -> c.size() > 1).sorted(Comparator.comparingInt(List::size)).toList();
        System.out.println("SCCs: " + tj.components.size() + ", non-trivial: " + big);

        Graph dag = new Graph(12);
        int[][] deps = {{0, 3}, {1, 3}, {3, 4}, {2, 4}, {4, 5}, {5, 6}, {7, 8}, {8, 6}, {9, 10}, {10, 11}, {0, 11}, {2, 9}};
        for (int[] e : deps) dag.add(e[0], e[1], 1);
        System.out.println("topo: " + topoSort(dag).map(Object::toString).orElse("cycle"));
        dag.add(6, 0, 1);
        System.out.println("topo with cycle: " + topoSort(dag).map(Object::toString).orElse("cycle"));

        Graph und = new Graph(10);
        for (int i = 0; i < 25; i++) {
            int a = r.nextInt(10), b = r.nextInt(10);
            if (a != b) und.add(Math.min(a, b), Math.max(a, b), r.nextInt(50));
        }
        List<Edge> mst = kruskal(und);
        System.out.println("mst edges " + mst.size() + " weight " + mst.stream().mapToInt(Edge::weight).sum());
        mst.forEach(e -> System.out.print(e.from() + "-" + e.to() + "(" + e.weight() + ") "));
        System.out.println();
        Map<Integer, Long> outDegrees = g.edges.stream().collect(Collectors.groupingBy(Edge::from, TreeMap::new, Collectors.counting()));
        int maxDeg = outDegrees.values().stream().mapToInt(Long::intValue).max().orElse(0);
        System.out.println("max out-degree " + maxDeg + " at " + outDegrees.entrySet().stream()
                .filter(e -> e.getValue() == maxDeg).map(Map.Entry::getKey).toList());
    }
}
