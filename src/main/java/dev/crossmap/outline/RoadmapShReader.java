package dev.crossmap.outline;

/**
 * roadmap.sh roadmaps as JSON, in both of the site's formats: the editor format (React Flow {@code nodes} and
 * {@code edges}; see {@link RoadmapShEditor}) and the older mockup format ({@code mockup.controls.control}; see
 * {@link RoadmapShMockup}). Topic descriptions and resource links come from a {@code content/} folder beside the
 * file, which {@link Importer#importFile} embeds in the text (see {@link RoadmapShContent}). Chosen when the
 * top-level JSON object has {@code nodes} and {@code edges} arrays or a {@code mockup} object.
 */
public final class RoadmapShReader implements OutlineReader {
    @Override
    public String format() {
        return "roadmap.sh";
    }

    @Override
    public boolean accepts(SourceText source) {
        return RoadmapShJson.looksLikeRoadmapSh(source.text());
    }

    @Override
    public ImportResult read(SourceText source) throws ImportException {
        RoadmapShJson json = RoadmapShJson.parse(source);
        OutlineBuilder b = new OutlineBuilder(source.fileName());
        String title;
        if (json.mockup() && json.nodes().isEmpty()) {
            title = RoadmapShMockup.read(json, b);
        } else {
            title = RoadmapShEditor.read(json, b);
        }
        if (b.size() == 0 && json.nodes().isEmpty() && json.controls().isEmpty()) {
            b.warn(0, "no nodes: the roadmap is empty");
        }
        return b.build(title, format(), source);
    }
}
