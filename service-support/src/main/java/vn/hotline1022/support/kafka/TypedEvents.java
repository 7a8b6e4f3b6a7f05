package vn.hotline1022.support.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.support.converter.MessagingMessageConverter;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.EventReader;
import vn.hotline1022.contracts.EventType;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gives a listener the typed event its parameter names: {@code void on(EventEnvelope<TransferCompleted> e)} gets the
 * record read by the one {@link EventReader} as the event type whose payload is {@code TransferCompleted}, so no
 * listener reads JSON itself. A record that breaks the contract throws the reader's exception, which the dead-letter
 * handler parks at once as before; a listener taking a String still gets the value as it came.
 */
public class TypedEvents extends MessagingMessageConverter {

    private static final Map<Class<?>, EventType> BY_PAYLOAD = Arrays.stream(EventType.values())
            .collect(Collectors.toMap(EventType::payloadType, Function.identity()));

    private final EventReader reader;

    public TypedEvents(EventReader reader) {
        this.reader = reader;
    }

    @Override
    protected Object extractAndConvertValue(ConsumerRecord<?, ?> record, Type type) {
        EventType expected = eventType(type);
        if (expected != null && record.value() instanceof String json) {
            return reader.read(json, expected);
        }
        return super.extractAndConvertValue(record, type);
    }

    private static EventType eventType(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == EventEnvelope.class
                && p.getActualTypeArguments()[0] instanceof Class<?> payload) {
            EventType found = BY_PAYLOAD.get(payload);
            if (found == null) {
                throw new IllegalStateException("no event type carries " + payload.getName());
            }
            return found;
        }
        return null;
    }
}
