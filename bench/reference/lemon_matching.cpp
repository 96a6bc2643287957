// Reference timing for bench/general.ts: LEMON's MaxWeightedMatching (Edmonds' blossom
// algorithm with priority queues, O(nm log n)) on the same instance, in C++.
//
// Input: a binary file of little-endian int32 values: n, m, then m triples (u, v, weight).
// Output: one JSON line per repetition with the solve time (graph building excluded),
// the matching weight and size, and the peak resident memory of this process.
#include <lemon/matching.h>
#include <lemon/smart_graph.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

using Graph = lemon::SmartGraph;

int main(int argc, char **argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: lemon_matching instance.bin [repetitions]\n");
    return 2;
  }
  const int repetitions = argc > 2 ? std::atoi(argv[2]) : 1;
  std::FILE *file = std::fopen(argv[1], "rb");
  if (!file) {
    std::perror(argv[1]);
    return 2;
  }
  int32_t header[2];
  if (std::fread(header, sizeof(int32_t), 2, file) != 2) return 2;
  const int32_t n = header[0];
  const int32_t m = header[1];
  std::vector<int32_t> data(static_cast<size_t>(m) * 3);
  if (std::fread(data.data(), sizeof(int32_t), data.size(), file) != data.size()) return 2;
  std::fclose(file);

  Graph graph;
  graph.reserveNode(n);
  graph.reserveEdge(m);
  std::vector<Graph::Node> nodes(n);
  for (int32_t i = 0; i < n; i++) nodes[i] = graph.addNode();
  Graph::EdgeMap<long long> weight(graph);
  for (int32_t e = 0; e < m; e++) {
    const Graph::Edge edge = graph.addEdge(nodes[data[3 * e]], nodes[data[3 * e + 1]]);
    weight[edge] = data[3 * e + 2];
  }

  for (int r = 0; r < repetitions; r++) {
    const auto start = std::chrono::steady_clock::now();
    lemon::MaxWeightedMatching<Graph, Graph::EdgeMap<long long>> matching(graph, weight);
    matching.run();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    std::printf("{\"seconds\":%.6f,\"total\":%lld,\"pairs\":%d,\"peakKiB\":%ld}\n", seconds,
                static_cast<long long>(matching.matchingWeight()), matching.matchingSize(),
                usage.ru_maxrss);
    std::fflush(stdout);
  }
  return 0;
}
