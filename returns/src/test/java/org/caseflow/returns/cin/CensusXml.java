package org.caseflow.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads a census file back in a test: validated against the schema first, then queried by XPath. */
final class CensusXml {

    private final Document document;

    private CensusXml(Document document) {
        this.document = document;
    }

    static Schema schema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(CensusXml.class.getResource(CinCensus.SCHEMA));
        } catch (SAXException e) {
            throw new AssertionError("The census schema does not load", e);
        }
    }

    /** Fails the test unless {@code xml} is valid against the census schema. */
    static CensusXml validated(byte[] xml) {
        try {
            schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            return new CensusXml(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            throw new AssertionError("The census is not valid against its schema:\n" + new String(xml), e);
        }
    }

    /** The text of the first node {@code xpath} finds; empty when there is none. */
    String text(String xpath) {
        try {
            return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.STRING);
        } catch (Exception e) {
            throw new AssertionError(xpath, e);
        }
    }

    List<String> texts(String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            return texts;
        } catch (Exception e) {
            throw new AssertionError(xpath, e);
        }
    }

    /** The names of the child elements of the first node {@code xpath} finds, in document order. */
    List<String> childNames(String xpath) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count(xpath + "/*"); i++) {
            names.add(text("name(" + xpath + "/*[" + i + "])"));
        }
        return names;
    }

    int count(String xpath) {
        return texts(xpath).size();
    }

    void hasNo(String xpath) {
        assertThat(count(xpath)).as(xpath).isZero();
    }
}
