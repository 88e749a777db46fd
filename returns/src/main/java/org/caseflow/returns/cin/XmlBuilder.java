package org.caseflow.returns.cin;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A small DOM helper: elements in the order they are added, optional ones left out when their value is null. */
final class XmlBuilder {

    private final Document document;

    XmlBuilder() {
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No XML document builder on this JVM", e);
        }
    }

    Element root(String name) {
        Element root = document.createElement(name);
        document.appendChild(root);
        return root;
    }

    Element element(Element parent, String name) {
        Element element = document.createElement(name);
        parent.appendChild(element);
        return element;
    }

    /** An element holding {@code value}; none at all when the value is null (the schema's optional items). */
    void text(Element parent, String name, Object value) {
        if (value != null) {
            element(parent, name).setTextContent(value.toString());
        }
    }

    /** Dates as xs:date, ISO 8601. */
    void date(Element parent, String name, LocalDate value) {
        text(parent, name, value);
    }

    byte[] toBytes() {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("Could not write the XML", e);
        }
    }
}
