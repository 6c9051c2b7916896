package org.coopkit.ledger.testing;

import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The official ISO 20022 {@code pain.001.001.09} schema (test resource {@code iso20022/pain.001.001.09.xsd}, origin in the
 * README beside it), to validate the SEPA files a payout run produces. Every error is collected, not only the first.
 */
public final class Pain001Schema {
    private static final Schema SCHEMA = load();

    private Pain001Schema() {
    }

    /** The schema's complaints about {@code xml}, line by line; empty when the file is valid. */
    public static List<String> errors(String xml) {
        List<String> errors = new ArrayList<>();
        Validator validator = SCHEMA.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override public void warning(SAXParseException e) { }
                @Override public void error(SAXParseException e) { errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage()); }
                @Override public void fatalError(SAXParseException e) { error(e); }
            });
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            if (errors.isEmpty()) errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
        } catch (Exception e) {
            errors.add(e.toString());
        }
        return errors;
    }

    private static Schema load() {
        URL xsd = Pain001Schema.class.getResource("/iso20022/pain.001.001.09.xsd");
        if (xsd == null) throw new IllegalStateException("iso20022/pain.001.001.09.xsd is missing from the test resources");
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(xsd);
        } catch (Exception e) {
            throw new IllegalStateException("the pain.001.001.09 schema does not load", e);
        }
    }
}
