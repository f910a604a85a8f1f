package dev.crossmap.model;

import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;

/**
 * The atlas's directed multigraph without jgrapht's lookup index by vertex pair: nothing asks for the edge
 * between two given topics, and that index cost about 110 bytes per link (21 MB at 100,000 topics, issue 14).
 */
final class AtlasGraph extends AbstractBaseGraph<TopicId, Link> {
    private static final long serialVersionUID = 1L;

    AtlasGraph() {
        super(null, null, DefaultGraphType.directedMultigraph().asUnweighted(), new DefaultGraphSpecificsStrategy<>());
    }
}
