// Property tests draw their cases from one fixed seed, so a run in CI is the run a developer can repeat;
// DANVAN_SEED=<n> (or random) explores other cases.
import fc from 'fast-check';

const asked = process.env.DANVAN_SEED;
if (asked !== 'random') fc.configureGlobal({ seed: asked === undefined ? 20200318 : Number(asked) });
