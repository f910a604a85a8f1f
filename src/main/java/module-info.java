/** Crossmap: merge several learning roadmaps into one mind map and see where they overlap. */
module dev.crossmap {
    requires java.xml;
    requires java.desktop;
    requires java.management;
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires atlantafx.base;
    requires org.jgrapht.core;
    requires com.fasterxml.jackson.databind;
    requires org.apache.lucene.analysis.common;
    requires org.jsoup;
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;
    requires org.commonmark.ext.gfm.strikethrough;
    requires org.commonmark.ext.autolink;

    exports dev.crossmap;
    exports dev.crossmap.model;
    exports dev.crossmap.outline;
    exports dev.crossmap.matching;
    exports dev.crossmap.document;
    exports dev.crossmap.storage;
    exports dev.crossmap.io;
    exports dev.crossmap.overlap;
    exports dev.crossmap.layout;
    exports dev.crossmap.paint;
    exports dev.crossmap.export;
    exports dev.crossmap.app;
    exports dev.crossmap.cli;
    exports dev.crossmap.ui to javafx.graphics;
}
