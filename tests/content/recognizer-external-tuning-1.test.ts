// @vitest-environment happy-dom
import { testTuningShard } from './support/external-corpus-happy-dom';

// Half 1 of the tuning half, split by source so that the two halves read side by side; the test
// half is read in recognizer-external-corpus.test.ts.
testTuningShard(0, 0.88);
