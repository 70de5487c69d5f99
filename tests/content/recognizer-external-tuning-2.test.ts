// @vitest-environment happy-dom
import { testTuningShard } from './support/external-corpus-happy-dom';

// Half 2 of the tuning half, split by source so that the two halves read side by side; the test
// half is read in recognizer-external-corpus.test.ts.
testTuningShard(1, 0.81);
