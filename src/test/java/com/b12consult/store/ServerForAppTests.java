package com.b12consult.store;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@link TestServer} for the window's tests, outside the store's package: a database of the test server's own for
 * a folder (the test skips without a server, and fails under B12_TEST_PG_REQUIRED=1), dropped after the class.
 */
public final class ServerForAppTests {
    private ServerForAppTests() {
    }

    public static StoreLocation.ClinicServer database(Path dir) {
        return TestServer.database(dir);
    }

    /** Register on the test class: {@code @ExtendWith(ServerForAppTests.DropDatabases.class)}. */
    public static final class DropDatabases implements AfterAllCallback {
        @Override
        public void afterAll(ExtensionContext context) {
            new TestServer.DropDatabases().afterAll(context);
        }
    }
}
