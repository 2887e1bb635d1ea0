package com.b12consult;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The app's own code has no way to the network: it uses none of Java's socket, HTTP or URL-connection classes. */
@AnalyzeClasses(packages = "com.b12consult", importOptions = ImportOption.DoNotIncludeTests.class)
class NoNetworkCodeTest {
    @ArchTest
    static final ArchRule noNetworkClasses = noClasses().that().resideInAPackage("com.b12consult..")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.SocketChannel")
            .orShould().dependOnClassesThat().resideInAPackage("java.net.http..")
            .because("patient data stays on the workstation: the app makes no network connection (issue 8)");
}
