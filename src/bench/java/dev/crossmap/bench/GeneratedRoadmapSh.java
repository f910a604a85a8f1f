package dev.crossmap.bench;

import java.nio.charset.StandardCharsets;

/**
 * A roadmap.sh editor-format file of exactly N topics for {@code src/bench/run import}: a title, then blocks of
 * one path topic (solid edges from block to block) and nine subtopics stacked beside it, five tied by dashed
 * edges and four only touching the one above, so the reader's edge, cluster and legend paths all run.
 */
final class GeneratedRoadmapSh {
    private static final int BLOCK = 10;

    private GeneratedRoadmapSh() {
    }

    static byte[] editor(int size) {
        StringBuilder nodes = new StringBuilder(size * 170);
        StringBuilder edges = new StringBuilder(size * 90);
        nodes.append("{\"nodes\":[\n{\"id\":\"title\",\"type\":\"title\",\"position\":{\"x\":500,\"y\":-200},"
                + "\"data\":{\"label\":\"Generated roadmap\"},\"width\":300,\"height\":68}");
        String previous = "title";
        for (int n = 0; n < size; n++) {
            int block = n / BLOCK;
            int k = n % BLOCK;
            String id = "n" + n;
            if (k == 0) {
                node(nodes, id, "topic", "Topic " + block, 500, block * 600, "");
                edge(edges, previous, id, "0");
                previous = id;
            } else {
                String legend = k % 3 == 0 ? ",\"legend\":{\"id\":\"rec\",\"label\":\"Personal Recommendation / Opinion\","
                        + "\"color\":\"#874efe\"}" : "";
                node(nodes, id, "subtopic", "Subtopic " + block + "." + k, 800, block * 600 + (k - 1) * 50, legend);
                if (k <= 5) {
                    edge(edges, "n" + (n - k), id, "0.8 8");
                }
            }
        }
        nodes.append("\n],\n\"edges\":[\n").append(edges, 0, Math.max(0, edges.length() - 2)).append("\n]}\n");
        return nodes.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void node(StringBuilder sb, String id, String type, String label, int x, int y, String extra) {
        sb.append(",\n{\"id\":\"").append(id).append("\",\"type\":\"").append(type).append("\",\"position\":{\"x\":")
                .append(x).append(",\"y\":").append(y).append("},\"data\":{\"label\":\"").append(label).append('"')
                .append(extra).append("},\"width\":240,\"height\":46}");
    }

    private static void edge(StringBuilder sb, String from, String to, String dash) {
        sb.append("{\"id\":\"e").append(to).append("\",\"source\":\"").append(from).append("\",\"target\":\"")
                .append(to).append("\",\"style\":{\"strokeDasharray\":\"").append(dash).append("\"}},\n");
    }
}
