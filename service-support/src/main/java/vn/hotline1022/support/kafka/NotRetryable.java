package vn.hotline1022.support.kafka;

import java.util.List;

/**
 * Exceptions a service's listeners throw for records that no retry can mend (invalid content); such records go to
 * the dead-letter topic at once. Declare one bean per service if it has its own.
 */
public record NotRetryable(List<Class<? extends Exception>> types) {
}
