/*
 * The plan's cross-indicator rules, read generically (left, operator, right, optional `when`), so the
 * generator can make valid files obey every rule and make a "rule" mistake break exactly one.
 * A rule applies only when both sides have a number, as the plan file says.
 */

const compare = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '=': (a, b) => a === b,
  '>=': (a, b) => a >= b,
  '>': (a, b) => a > b,
};

/** Value of one side: a number as written, or the reported value of a "TASK.indicator" reference. */
export function operandValue(values, operand) {
  return typeof operand === 'number' ? operand : values.get(operand);
}

function holds(cond, values) {
  const left = operandValue(values, cond.left);
  const right = operandValue(values, cond.right);
  if (left === undefined || right === undefined) return undefined;
  return compare[cond.operator](left, right);
}

/** false only when the rule applies and is broken. */
export function ruleHolds(rule, values) {
  if (rule.when && holds(rule.when, values) !== true) return true;
  return holds(rule, values) !== false;
}

/** A left-hand value that makes `left op right` true, or undefined when no non-negative one exists. */
function satisfying(op, right, random) {
  switch (op) {
    case '<':
      return right > 0 ? random.int(Math.floor(right * 0.7), right - 1) : undefined;
    case '<=':
      return random.int(Math.floor(right * 0.8), right);
    case '=':
      return right;
    case '>=':
      return right + random.int(0, 2 + Math.floor(right * 0.1));
    case '>':
      return right + 1 + random.int(0, 3);
    default:
      throw new Error(`unknown operator ${op}`);
  }
}

/** A left-hand value that makes `left op right` false, or undefined when none is non-negative. */
function violating(op, right, random) {
  switch (op) {
    case '<':
      return right + random.int(0, 3);
    case '<=':
      return right + 1 + random.int(0, 2 + Math.floor(right * 0.2));
    case '=':
      return right + 1 + random.int(0, 3);
    case '>=':
      return right > 0 ? random.int(0, right - 1) : undefined;
    case '>':
      return random.int(0, right);
    default:
      throw new Error(`unknown operator ${op}`);
  }
}

/** Adjusts left-hand values until every rule holds; rules may chain, hence the passes. */
export function satisfyRules(rules, values, random) {
  for (let pass = 0; pass < 10; pass++) {
    let changed = false;
    for (const rule of rules) {
      if (ruleHolds(rule, values)) continue;
      const right = operandValue(values, rule.right);
      const next = satisfying(rule.operator, right, random);
      if (next !== undefined) values.set(rule.left, next);
      else if (typeof rule.right === 'string') values.set(rule.right, values.get(rule.left) + 1);
      changed = true;
    }
    if (!changed) return;
  }
  throw new Error("the plan's rules could not all be satisfied; do two rules contradict each other?");
}

/** Whether `rule` can be broken in a file that reports `values` (both sides, and the condition's). */
export function canViolate(rule, values) {
  const refs = [rule.left, rule.right, rule.when?.left, rule.when?.right].filter((r) => typeof r === 'string');
  return refs.every((r) => values.has(r)) && (rule.operator !== '>=' || operandValue(values, rule.right) > 0);
}

/** Breaks `rule` (making its condition true first); returns false when it cannot be broken. */
export function violateRule(rule, values, random) {
  if (rule.when && holds(rule.when, values) !== true) {
    const whenRight = operandValue(values, rule.when.right);
    const next = satisfying(rule.when.operator, whenRight, random);
    if (next === undefined) return false;
    values.set(rule.when.left, next);
  }
  const next = violating(rule.operator, operandValue(values, rule.right), random);
  if (next === undefined) return false;
  values.set(rule.left, next);
  return !ruleHolds(rule, values);
}
