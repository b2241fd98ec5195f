// Property tests draw their cases from one fixed seed, so a run in CI is the run a developer can repeat;
// DANVAN_SEED=<n> (or random) explores other cases.
import fc from 'fast-check';

const asked = process.env.DANVAN_SEED;
// A random seed is drawn here and printed, not left to fast-check: a run that never ends reports no
// counterexample, and its seed is then the only way to repeat it.
const seed = asked === 'random' ? Math.floor(Math.random() * 2 ** 31) : asked === undefined ? 20200318 : Number(asked);
if (asked === 'random') process.stderr.write(`DANVAN_SEED=${seed}\n`);
fc.configureGlobal({ seed });
