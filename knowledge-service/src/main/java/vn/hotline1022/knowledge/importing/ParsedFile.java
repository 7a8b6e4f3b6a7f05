package vn.hotline1022.knowledge.importing;

import vn.hotline1022.knowledge.infra.LineError;

import java.util.List;

/** The rows a file yielded and the lines that could not even be read. */
record ParsedFile(List<RawRow> rows, List<LineError> errors) {
}
