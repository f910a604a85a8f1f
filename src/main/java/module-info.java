/** Crossmap: merge several learning roadmaps into one mind map and see where they overlap. */
module dev.crossmap {
    requires java.xml;
    requires java.desktop;
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires org.jgrapht.core;
    requires com.fasterxml.jackson.databind;
    requires org.apache.lucene.analysis.common;

    exports dev.crossmap;
    exports dev.crossmap.model;
    exports dev.crossmap.outline;
    exports dev.crossmap.matching;
    exports dev.crossmap.workspace;
    exports dev.crossmap.overlap;
    exports dev.crossmap.layout;
    exports dev.crossmap.paint;
    exports dev.crossmap.export;
    exports dev.crossmap.cli;
    exports dev.crossmap.ui to javafx.graphics;
}
