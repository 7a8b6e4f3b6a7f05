package vn.hotline1022.support.web;

import java.lang.reflect.RecordComponent;

/** Where a field stands in its request record (the order a form shows it); fields of anything else keep theirs. */
final class FieldOrder {

    private FieldOrder() {
    }

    static int of(Object request, String path) {
        if (request == null || !request.getClass().isRecord() || path == null) {
            return Integer.MAX_VALUE;
        }
        String name = path.split("[.\\[]", 2)[0];
        RecordComponent[] components = request.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(name)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
