package kiln.httptest;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the HTTP request parser with Jazzer. `mvn test` replays the kept corpus
 * (src/test/resources/kiln/httptest/RequestParserFuzzTestInputs/parse) in regression mode; `-Pfuzz`
 * fuzzes for exactly maxExecutions inputs (new corpus entries land in .cifuzz-corpus/, copy the useful ones into the kept corpus). Any exception other than a typed parse error is a finding.
 */
class RequestParserFuzzTest {
    @FuzzTest(maxExecutions = 500_000, maxDuration = "30m")
    void parse(byte[] data) {
        // Two buffer sizes: a tiny one makes every line cross buffer refills.
        ParserHarness.run(data, ParserHarness.SMALL, 7);
        ParserHarness.run(data, ParserHarness.SMALL, 8192);
    }
}
