package vn.hotline1022.knowledge.publicfeed;

import vn.hotline1022.contracts.text.Messages;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** RFC 4287 Atom feed of published answers, written with StAX so every text is escaped properly. */
final class AtomFeed {

    private static final String NS = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    static String render(List<PublicAnswer> answers) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NS);
            text(xml, "id", "urn:hotline1022:public:answers");
            text(xml, "title", Messages.vietnamese("knowledge.feed.title"));
            Instant updated = answers.stream().map(AtomFeed::updated).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
            text(xml, "updated", updated.toString());
            xml.writeStartElement("author");
            text(xml, "name", Messages.vietnamese("knowledge.feed.author"));
            xml.writeEndElement();
            xml.writeEmptyElement("link");
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("href", "/public/answers.atom");
            for (PublicAnswer a : answers) {
                xml.writeStartElement("entry");
                text(xml, "id", "urn:hotline1022:answer:" + a.id());
                text(xml, "title", a.question());
                text(xml, "updated", String.valueOf(updated(a) == null ? Instant.EPOCH : updated(a)));
                if (a.publishedAt() != null) {
                    text(xml, "published", a.publishedAt().toString());
                }
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", a.topic());
                xml.writeStartElement("content");
                xml.writeAttribute("type", "text");
                xml.writeCharacters(a.answer() + (a.legalBasis() == null ? "" : "\n\n" + Messages.vietnamese("knowledge.feed.legal-basis", a.legalBasis())));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static Instant updated(PublicAnswer a) {
        return a.updatedAt() != null ? a.updatedAt() : a.publishedAt();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }
}
