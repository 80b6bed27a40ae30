package org.factquiz.export;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.Date;
import java.util.List;
import java.util.Map;
import uk.ac.ed.ph.jqtiplus.JqtiExtensionManager;
import uk.ac.ed.ph.jqtiplus.reading.AssessmentObjectXmlLoader;
import uk.ac.ed.ph.jqtiplus.reading.QtiXmlReader;
import uk.ac.ed.ph.jqtiplus.running.ItemProcessingInitializer;
import uk.ac.ed.ph.jqtiplus.running.ItemSessionController;
import uk.ac.ed.ph.jqtiplus.running.ItemSessionControllerSettings;
import uk.ac.ed.ph.jqtiplus.state.ItemProcessingMap;
import uk.ac.ed.ph.jqtiplus.state.ItemSessionState;
import uk.ac.ed.ph.jqtiplus.types.Identifier;
import uk.ac.ed.ph.jqtiplus.types.StringResponseData;
import uk.ac.ed.ph.jqtiplus.validation.ItemValidationResult;
import uk.ac.ed.ph.jqtiplus.value.NumberValue;
import uk.ac.ed.ph.jqtiplus.value.Value;
import uk.ac.ed.ph.jqtiplus.xmlutils.SimpleSchemaCache;
import uk.ac.ed.ph.jqtiplus.xmlutils.locators.ChainedResourceLocator;
import uk.ac.ed.ph.jqtiplus.xmlutils.locators.ClassPathHttpResourceLocator;
import uk.ac.ed.ph.jqtiplus.xmlutils.locators.ResourceLocator;

/**
 * A QTI item taken by a candidate in QTIWorks' JQTI+ engine: loaded from the package's bytes,
 * validated, and its own response processing run on a response. The standard templates it refers to
 * are resolved to the copies in the jar, never fetched.
 */
final class QtiScoring {
    private static final JqtiExtensionManager EXTENSIONS = new JqtiExtensionManager();
    /** One reader for every item: it keeps the compiled QTI schema. */
    private static final QtiXmlReader READER = new QtiXmlReader(EXTENSIONS, new SimpleSchemaCache());
    private static final Identifier RESPONSE = Identifier.parseString("RESPONSE");

    private final ItemProcessingMap item;
    private final ItemValidationResult validation;

    private QtiScoring(ItemValidationResult validation) {
        this.validation = validation;
        this.item = validation.isValid() ? new ItemProcessingInitializer(validation).initialize() : null;
    }

    /** The item at {@code path} of a package whose entries are given by name. */
    static QtiScoring load(Map<String, byte[]> entries, String path) {
        ResourceLocator inPackage = uri -> {
            byte[] bytes = "package".equals(uri.getScheme()) ? entries.get(uri.getPath().substring(1)) : null;
            return bytes == null ? null : new ByteArrayInputStream(bytes);
        };
        ResourceLocator locator = new ChainedResourceLocator(inPackage, new ClassPathHttpResourceLocator());
        AssessmentObjectXmlLoader loader = new AssessmentObjectXmlLoader(READER, locator);
        return new QtiScoring(loader.loadResolveAndValidateItem(URI.create("package:/" + path)));
    }

    /** JQTI+'s own checks of the item (schema and semantics): empty when it found nothing wrong. */
    List<String> problems() {
        return validation.getErrors().stream().map(Object::toString).toList();
    }

    /** The SCORE the item's response processing gives {@code response} (identifiers, pairs, a number or text). */
    double score(List<String> response) {
        ItemSessionState state = run(response);
        Value score = state.getOutcomeValue(Identifier.parseString("SCORE"));
        return ((NumberValue) score).doubleValue();
    }

    /** The outcome that selects the modal feedback, after an attempt. */
    String feedback(List<String> response) {
        return run(response).getOutcomeValue(Identifier.parseString("FEEDBACK")).toQtiString();
    }

    private ItemSessionState run(List<String> response) {
        if (item == null) {
            throw new AssertionError("the item is not valid: " + problems());
        }
        ItemSessionState state = new ItemSessionState();
        ItemSessionController session = new ItemSessionController(EXTENSIONS, new ItemSessionControllerSettings(),
                item, state);
        Date now = new Date(0);
        session.initialize(now);
        session.performTemplateProcessing(now);
        session.enterItem(now);
        session.bindResponses(now, Map.of(RESPONSE, new StringResponseData(response)));
        session.commitResponses(now);
        session.performResponseProcessing(now);
        return state;
    }
}
