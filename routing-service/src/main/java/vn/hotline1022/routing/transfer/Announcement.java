package vn.hotline1022.routing.transfer;

import vn.hotline1022.contracts.EventType;

/** An event a transfer's write queues on its outbox, as typed payload; {@link TransferStore} writes it. */
record Announcement(EventType type, String key, Object payload) {
}
