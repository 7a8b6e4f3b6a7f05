package vn.hotline1022.routing.directory;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Date;
import java.util.List;

/**
 * One change to a unit, for supervisors: when, by whom, and the unit before (null for the first version) and after,
 * as stored: numbers in digits, every number including those operators never see. The field names are the stored
 * ones, {@code _id} included, because that is what this endpoint has always shown; a seeded version has no
 * {@code _id}. {@link UnitDocuments#version} reads it from the stored line. The time stays a {@link Date}: that is
 * how it is stored and always went out, with milliseconds.
 */
record UnitHistoryView(Date at, String by, String action, UnitSnapshot before, UnitSnapshot after) {

    record UnitSnapshot(@JsonProperty("_id") @JsonInclude(JsonInclude.Include.NON_NULL) String id, String name,
                        String kind, List<String> jurisdiction, List<String> topics, List<HotlineSnapshot> hotlines,
                        boolean transferable, String notTransferableReason, String alternative, String strategy,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean retired,
                        @JsonInclude(JsonInclude.Include.NON_NULL) DueSnapshot escalationDue) {

    }

    record HotlineSnapshot(String number, String label, String lineType, int priority, boolean active, String hours,
                           boolean placeholder) {
    }

    record DueSnapshot(int workingDays, String time) {
    }
}
