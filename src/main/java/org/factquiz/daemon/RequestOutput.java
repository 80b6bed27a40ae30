package org.factquiz.daemon;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * {@code System.out} and {@code System.err} of a daemon serving several requests at once: each
 * request's threads (and the threads they start: rule compilation, rule sessions) write to that
 * request's own output files, anything else to the daemon's own streams. Installed once per JVM.
 */
final class RequestOutput {
    private static final InheritableThreadLocal<PrintStream> OUT = new InheritableThreadLocal<>();
    private static final InheritableThreadLocal<PrintStream> ERR = new InheritableThreadLocal<>();
    private static boolean installed;

    private RequestOutput() {
    }

    /** Points System.out and System.err at the current request's streams, once for the whole JVM. */
    static synchronized void install() {
        if (installed) {
            return;
        }
        Charset charset = Charset.defaultCharset();
        PrintStream out = System.out;
        PrintStream err = System.err;
        System.setOut(new PrintStream(new Routed(OUT, out), true, charset));
        System.setErr(new PrintStream(new Routed(ERR, err), true, charset));
        installed = true;
    }

    /** Runs {@code command} with System.out and System.err (of this thread and its new threads) going to the given streams. */
    static <T> T with(PrintStream out, PrintStream err, java.util.function.Supplier<T> command) {
        PrintStream outBefore = OUT.get();
        PrintStream errBefore = ERR.get();
        OUT.set(out);
        ERR.set(err);
        try {
            return command.get();
        } finally {
            out.flush();
            err.flush();
            OUT.set(outBefore);
            ERR.set(errBefore);
        }
    }

    /** Bytes go to the stream of the writing thread's request, or to the daemon's own stream. */
    private static final class Routed extends OutputStream {
        private final ThreadLocal<PrintStream> target;
        private final PrintStream fallback;

        Routed(ThreadLocal<PrintStream> target, PrintStream fallback) {
            this.target = target;
            this.fallback = fallback;
        }

        private PrintStream stream() {
            PrintStream stream = target.get();
            return stream != null ? stream : fallback;
        }

        @Override
        public void write(int b) {
            stream().write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            stream().write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            stream().flush();
        }
    }
}
