package com.b12consult.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks as JMH's own main does, with one difference: with no clinic server named
 * ({@code B12_TEST_PG_URL}) and no {@code -p store=...} given, the server half is left out with one line saying so,
 * instead of failing benchmark by benchmark.
 */
public final class Benchmarks {
    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions given = new CommandLineOptions(args);
        if (given.shouldHelp() || given.shouldList() || given.shouldListWithParams() || given.shouldListProfilers()
                || given.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        Options options = given;
        if (SampleClinics.server().isEmpty() && !given.getParameter("store").hasValue()) {
            System.out.println("# " + SampleClinics.NO_SERVER);
            options = new OptionsBuilder().parent(given).param("store", SampleClinics.SQLITE).build();
        }
        new Runner(options).run();
    }
}
