package com.b12consult;

import com.b12consult.cli.CommandLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketImpl;
import java.net.SocketOption;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A JVM that watches for network use, then runs the app's work. Before anything of the app is loaded it
 * replaces the socket implementation of {@link Socket} and {@link ServerSocket} (through which URLConnection
 * and every plain socket connect) with one that records and refuses, and the system {@link ProxySelector}
 * (which {@link HttpClient} and every URL connection ask first, NIO included) with one that records and refuses.
 * At the end it prints {@code attempts: N} and each attempt.
 * <p>
 * {@code control} tries to connect on purpose in those ways, to show the watch sees them. Not watched: a raw
 * NIO channel opened without a proxy lookup, UDP and name lookups; the app has no code that does any of these
 * (no java.net use in main at all), and its libraries reach the network, if ever, through URL connections.
 */
public final class NetworkWatch {
    private static final List<String> ATTEMPTS = new CopyOnWriteArrayList<>();

    private NetworkWatch() {
    }

    public static void main(String[] args) throws Exception {
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                ATTEMPTS.add("proxy lookup " + uri);
                throw new IllegalArgumentException("no network: " + uri);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        });
        Socket.setSocketImplFactory(RefusingSocket::new);
        ServerSocket.setSocketFactory(RefusingSocket::new);
        PrintStream out = System.out;
        if (args[0].equals("control")) {
            control();
        } else {
            work(Path.of(args[1]), Path.of(args[2]));
        }
        out.println("attempts: " + ATTEMPTS.size());
        ATTEMPTS.forEach(a -> out.println("  " + a));
        System.exit(0);
    }

    private static void control() {
        tryTo(() -> new Socket("127.0.0.1", 9).close());
        tryTo(() -> new URL("http://127.0.0.1:9/").openStream().close());
        tryTo(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:9/")).build(),
                HttpResponse.BodyHandlers.discarding()));
        tryTo(() -> new ServerSocket(0).close());
    }

    private interface Attempt {
        void run() throws Exception;
    }

    private static void tryTo(Attempt a) {
        try {
            a.run();
        } catch (Exception refused) {
            // the watch refuses; what counts is that it recorded the attempt
        }
    }

    /** The headless commands on an assessment file, and a database opened, updated, backed up and restored. */
    private static void work(Path dir, Path assessment) throws Exception {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        InputStream none = InputStream.nullInputStream();
        Path db = dir.resolve("clinic.db");
        int[] status = {
            CommandLine.run(new String[] {"evaluate", assessment.toString()}, none, sink, System.err, a -> { }),
            CommandLine.run(new String[] {"handout", assessment.toString(), "--out", dir.resolve("h.pdf").toString(),
                    "--name", "Ada Lovelace"}, none, sink, System.err, a -> { }),
            CommandLine.run(new String[] {"restore", "--list", "--db", db.toString()}, none, sink, System.err, a -> { }),
        };
        try (var open = com.b12consult.store.Database.open(db)) {
            open.backUpNow(java.time.Clock.systemUTC());
        }
        Path backup;
        try (var files = Files.list(dir.resolve("backups"))) {
            backup = files.findFirst().orElseThrow();
        }
        int restore = CommandLine.run(new String[] {"restore", backup.toString(), "--db", db.toString()}, none, sink,
                System.err, a -> { });
        System.out.println("statuses: " + status[0] + " " + status[1] + " " + status[2] + " " + restore);
    }

    /** Records every connect, bind and listen, and refuses it. */
    private static final class RefusingSocket extends SocketImpl {
        private IOException refuse(String what) {
            ATTEMPTS.add(what);
            return new IOException("no network: " + what);
        }

        @Override
        protected void create(boolean stream) {
        }

        @Override
        protected void connect(String host, int port) throws IOException {
            throw refuse("connect " + host + ":" + port);
        }

        @Override
        protected void connect(InetAddress address, int port) throws IOException {
            throw refuse("connect " + address + ":" + port);
        }

        @Override
        protected void connect(SocketAddress address, int timeout) throws IOException {
            throw refuse("connect " + address);
        }

        @Override
        protected void bind(InetAddress host, int port) throws IOException {
            throw refuse("bind " + host + ":" + port);
        }

        @Override
        protected void listen(int backlog) throws IOException {
            throw refuse("listen");
        }

        @Override
        protected void accept(SocketImpl s) throws IOException {
            throw refuse("accept");
        }

        @Override
        protected InputStream getInputStream() throws IOException {
            throw refuse("read");
        }

        @Override
        protected OutputStream getOutputStream() throws IOException {
            throw refuse("write");
        }

        @Override
        protected int available() {
            return 0;
        }

        @Override
        protected void close() {
        }

        @Override
        protected void sendUrgentData(int data) throws IOException {
            throw refuse("urgent data");
        }

        @Override
        public void setOption(int optID, Object value) {
        }

        @Override
        public Object getOption(int optID) {
            return null;
        }

        @Override
        protected <T> void setOption(SocketOption<T> name, T value) {
        }
    }
}
