package com.tianzong.crm.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.Filter;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the test run deploys ({@link SuiteDeployment}): the EAR exactly as the build made it, plus
 * a test WAR holding the in-container tests, which sees the application's EJBs and CDI beans like
 * any module of the EAR.
 */
public final class Deployments {

    public static final String TEST_WAR = "tianzong-it.war";
    private static final ArchivePath APPLICATION_XML = ArchivePaths.create("META-INF/application.xml");

    private Deployments() {
    }

    /** The application as built. */
    private static EnterpriseArchive application() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("tianzong.ear")));
    }

    /**
     * The application with every in-container test of this package inside it: all classes but
     * the browser tests ({@code *BrowserIT}, {@link BrowserTest}, {@link Browser}), which run in
     * the test JVM and need Selenium, and the suite's own deployment class.
     */
    public static EnterpriseArchive withInContainerTests() {
        Filter<ArchivePath> inContainer = path -> {
            String name = path.get().substring(path.get().lastIndexOf('/') + 1);
            return !name.startsWith("Browser") && !name.matches(".*BrowserIT(\\$.*)?\\.class")
                    && !name.startsWith("SuiteDeployment");
        };
        WebArchive tests = ShrinkWrap.create(WebArchive.class, TEST_WAR)
                .addPackages(false, inContainer, Deployments.class.getPackage())
                .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class))
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        EnterpriseArchive ear = application();
        ear.addAsModule(Testable.archiveToTest(tests));
        ear.add(new StringAsset(withTestModule(ear)), APPLICATION_XML);
        return ear;
    }

    private static String withTestModule(EnterpriseArchive ear) {
        try (InputStream in = ear.get(APPLICATION_XML).getAsset().openStream()) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String module = "<module><web><web-uri>" + TEST_WAR + "</web-uri><context-root>/tianzong-it</context-root></web></module>";
            // modules come before <library-directory> in the schema's order
            String anchor = xml.contains("<library-directory>") ? "<library-directory>" : "</application>";
            return xml.replace(anchor, module + anchor);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
