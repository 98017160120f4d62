package com.tianzong.crm.it;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The one deployment of a test run: the application as built, with the in-container tests
 * inside it. Deployed before the first test class and undeployed after the last (named in
 * {@code arquillian.xml}); test classes declare no deployment of their own.
 *
 * <p>Every test makes its own tenants and users, so sharing the deployment shares nothing a
 * test relies on. Browser and HTTP tests ({@code @RunAsClient}) drive the same deployment from
 * outside.
 */
@ArquillianSuiteDeployment
public final class SuiteDeployment {

    private SuiteDeployment() {
    }

    @Deployment
    public static EnterpriseArchive deployment() {
        return Deployments.withInContainerTests();
    }
}
