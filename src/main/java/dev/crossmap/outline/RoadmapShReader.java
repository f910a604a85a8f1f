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
        OutlineBuilder b = new OutlineBuilder(source.fileName());
        RoadmapShEditor editor = new RoadmapShEditor(b);
        RoadmapShMockup mockup = new RoadmapShMockup(b);
        RoadmapShJson json = RoadmapShJson.parse(source, editor::addNode, editor::addEdge, mockup::addControl);
        String title = json.mockup() && !editor.hasNodes() ? mockup.finish(json.content())
                : editor.finish(json.content());
        return b.build(title, format(), source);
    }
}
