package com.tianzong.crm.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test shares: the run's deployment ({@link SuiteDeployment}), driven from
 * outside as a user would; a fresh Chromium per test; and a screenshot (in
 * {@code ear/target/screenshots}) of any test that did not reach its end — a test sets
 * {@link #passed} as its last statement.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTest {

    protected Browser browser;
    protected boolean passed;


    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        if (!passed) {
            browser.screenshot(test.getTestMethod().orElseThrow().getName());
        }
        browser.close();
    }
}
