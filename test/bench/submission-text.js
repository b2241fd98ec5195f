/*
 * One unit's monthly submission of the plan, as YAML text, with at most one deliberate mistake.
 * Everything about tasks, indicators, statuses, rules and model vocabularies is read from the plan,
 * so a new plan file yields new benchmark data without touching this code.
 */
import { createRandom } from './prng.js';
import { canViolate, ruleHolds, satisfyRules, violateRule } from './plan-rules.js';
import * as words from './vocabulary.js';
import { flowMap, scalar, slug } from './yaml-text.js';

/** The kinds of mistake a "mistake" file carries, one each. */
export const MISTAKE_KINDS = Object.freeze([
  'string-number',
  'negative',
  'unknown-indicator',
  'tab',
  'duplicate-key',
  'rule',
]);

const pad2 = (n) => String(n).padStart(2, '0');
/** 12345 → "12.345", the Vietnamese way, without depending on the ICU data Node was built with. */
const thousands = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** Typical monthly magnitude of an indicator, from its unit of measure in the plan. */
function magnitude(unitOfMeasure) {
  switch (unitOfMeasure) {
    case 'lượt':
      return [20, 600];
    case 'hồ sơ':
      return [80, 900];
    case 'dịch vụ':
      return [60, 250];
    case 'đồng':
      return [5, 500]; // × 100 000 đồng
    case 'kiến nghị':
    case 'ý kiến':
    case 'đơn':
      return [0, 40];
    case 'văn bản':
    case 'nghị quyết':
      return [0, 8];
    default:
      return [0, 6];
  }
}

function indicatorValue(indicator, random, scale) {
  const [lo, hi] = magnitude(indicator.unit);
  const value = Math.round(random.int(lo, hi) * scale);
  return indicator.unit === 'đồng' ? value * 100_000 : value;
}

function personName(random) {
  return `${random.pick(words.familyNames)} ${random.pick(words.middleNames)} ${random.pick(words.givenNames)}`;
}

/** What stays the same for a unit from month to month: its reporter, its habits of layout, its models. */
export function unitProfile(plan, unit, seed) {
  const random = createRandom(`${seed}:unit:${unit.id}`);
  const wardKind = unit.kind === plan.wardKind;
  const modelCount = wardKind ? random.int(1, 3) : random.int(0, 1);
  const models = random.sample(words.modelNames, modelCount).map((name) => ({
    id: slug(name),
    type: random.chance(0.8) ? plan.data.models.types[0].id : random.pick(plan.data.models.types).id,
    name,
    field: random.pick(plan.data.models.fields).id,
    status: random.pick(plan.data.models.statuses).id,
    since: `${plan.data.year}-${pad2(random.int(1, 6))}`,
    result: random.chance(0.5) ? random.pick(words.modelResults) : undefined,
  }));
  return {
    reporter: {
      name: personName(random),
      position: random.pick(words.positions[unit.kind] ?? [words.defaultPosition]),
      phone: `0${random.int(200, 299)} ${random.int(100, 999)} ${random.int(1000, 9999)}`,
    },
    scale: 0.5 + random.next() * 1.5,
    // Officials keep their own layout: most write indicators on one line, some one per line.
    flowIndicators: 0.8 + random.next() * 0.2,
    flowEvidence: random.chance(0.6),
    flowReporter: random.chance(0.5),
    flowModels: random.chance(0.7),
    models,
  };
}

function pickStatus(plan, random) {
  // The first status of the plan is "not started": rare in a monthly report.
  const statuses = plan.data.task_statuses;
  return random.chance(0.04) ? statuses[0].id : statuses[random.int(1, statuses.length - 1)].id;
}

const lowerFirst = (text) => (/^.\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

/** "Trong tháng có 6 buổi tiếp dân … và 794 lượt công dân được tiếp." from the plan's labels. */
function summaryOf(task, entries, random) {
  const numbers = entries.slice(0, 2).flatMap(([key, value]) => {
    const ind = task.indicators.find((i) => i.id === key);
    if (!ind) return [];
    // Most labels start with their unit ("Hồ sơ đã giải quyết"); money reads better the other way.
    return [
      ind.unit === 'đồng'
        ? `${lowerFirst(ind.label)} ${thousands(value)} đồng`
        : `${thousands(value)} ${lowerFirst(ind.label)}`,
    ];
  });
  const middle = numbers.length > 0 ? ` Trong tháng có ${numbers.join(' và ')}.` : '';
  const tail = random.chance(0.5) ? ` ${random.pick(words.summaryTails)}` : '';
  return `${random.pick(words.openers)}${middle}${tail}`;
}

function evidenceOf(random, month) {
  return Array.from({ length: random.int(1, 2) }, () =>
    random
      .pick(words.evidenceForms)
      .replace('{n}', String(random.int(1, 180)))
      .replace('{d}', `${pad2(random.int(1, 28))}/${month.slice(5)}/${month.slice(0, 4)}`),
  );
}

function misspell(key, taken, random) {
  for (;;) {
    const i = random.int(2, key.length - 2);
    const variant = random.chance(0.5)
      ? key.slice(0, i) + key.slice(i + 1)
      : key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2);
    if (!taken.has(variant) && /^[a-z][a-z0-9_]*[a-z0-9]$/.test(variant)) return variant;
  }
}

/**
 * Builds one submission. `mistake` is a kind from MISTAKE_KINDS or null; when the kind cannot apply
 * to this unit (a rule mistake for a unit whose tasks no error rule covers), another applicable kind
 * is used and reported back. Returns the text and what was done to it (kind and 1-based line).
 */
export function buildSubmission(plan, unit, profile, month, seed, mistake, mistakeKinds = MISTAKE_KINDS) {
  const random = createRandom(`${seed}:${unit.id}:${month}`);
  const monthIndex = Number(month.slice(5)) - 1;
  const tasks = plan.tasksByKind.get(unit.kind);

  // 1. Numbers: flows drawn per month, stocks drift slowly from the unit's own level.
  const values = new Map();
  const taskRows = tasks.map(({ task, group }) => {
    const status = pickStatus(plan, random);
    const started = status !== plan.data.task_statuses[0].id;
    const reported = started ? task.indicators.filter(() => !random.chance(0.03)) : [];
    for (const ind of reported) {
      const ref = `${task.id}.${ind.id}`;
      if (ind.kind === 'stock') {
        const level = createRandom(`${seed}:stock:${unit.id}:${ref}`);
        values.set(ref, Math.max(0, indicatorValue(ind, level, profile.scale) + level.int(-2, 2) * monthIndex));
      } else {
        values.set(ref, indicatorValue(ind, random, profile.scale));
      }
    }
    return { task, group, status, reported };
  });
  satisfyRules(plan.data.rules, values, random);

  const warnings = [];
  const errorRules = plan.data.rules.filter((r) => r.severity === 'error');
  if (random.chance(0.02)) {
    // A few valid files carry a warning, as real ones do; never at the cost of an error rule.
    const candidates = plan.data.rules.filter((r) => r.severity === 'warning' && canViolate(r, values));
    if (candidates.length > 0) {
      const rule = random.pick(candidates);
      const before = new Map(values);
      if (violateRule(rule, values, random) && errorRules.every((r) => ruleHolds(r, values))) warnings.push(rule.id);
      else {
        values.clear();
        for (const [k, v] of before) values.set(k, v);
      }
    }
  }

  // 2. The mistake, if any, on the data (rule) or on the entries (the rest).
  const mistakeRandom = createRandom(`${seed}:mistake-detail:${unit.id}:${month}`);
  let kind = mistake;
  const hasEntries = taskRows.some((r) => r.reported.length > 0);
  const breakable = errorRules.filter((r) => canViolate(r, values));
  const applicable = (k) => (k === 'rule' ? breakable.length > 0 : k === 'tab' ? true : hasEntries);
  if (kind && !applicable(kind)) kind = mistakeKinds.find(applicable) ?? null;
  let mark; // the entry (or task) where the mistake sits, to find its line when rendering
  if (kind === 'rule') {
    const rule = mistakeRandom.pick(breakable);
    violateRule(rule, values, mistakeRandom);
    mark = { ref: rule.left, rule: rule.id };
  }

  const rows = taskRows.map((row) => ({
    ...row,
    entries: row.reported.map((ind) => [ind.id, String(values.get(`${row.task.id}.${ind.id}`))]),
  }));
  if (kind && kind !== 'rule' && kind !== 'tab') {
    const withEntries = rows.filter((r) => r.entries.length > 0);
    const row = mistakeRandom.pick(withEntries);
    const i = mistakeRandom.int(0, row.entries.length - 1);
    const [key, raw] = row.entries[i];
    const n = Math.max(1, Number(raw));
    if (kind === 'string-number') row.entries[i] = [key, mistakeRandom.chance(0.5) ? `"${n}"` : `'${n}'`];
    if (kind === 'negative') row.entries[i] = [key, `-${n}`];
    if (kind === 'unknown-indicator')
      row.entries[i] = [misspell(key, new Set(row.task.indicators.map((x) => x.id)), mistakeRandom), raw];
    if (kind === 'duplicate-key') row.entries.splice(i + 1, 0, [key, String(n + mistakeRandom.int(1, 9))]);
    mark = { ref: `${row.task.id}.${row.entries[kind === 'duplicate-key' ? i + 1 : i][0]}` };
  }

  // 3. Text.
  const lines = [];
  let markLine;
  const p = plan.data;
  const day = random.chance(0.9) ? random.int(8, p.deadline_day) : random.int(p.deadline_day + 1, 28);
  lines.push(`# yaml-language-server: $schema=${p.schema_id}`);
  lines.push(`# Báo cáo tháng ${Number(month.slice(5))}/${month.slice(0, 4)} — ${unit.name}`);
  lines.push(`plan: ${scalar(p.number)}`);
  lines.push(`unit: ${unit.id}`);
  lines.push(`period: ${month}`);
  // Quoted: js-yaml 3 (inside ajv-cli) reads an unquoted date as a Date object, which the schema's
  // "string" rejects; quoting keeps the two tools' verdicts comparable on the same files.
  lines.push(`submitted: '${month}-${pad2(day)}'`);
  const reporter = [
    ['name', scalar(profile.reporter.name, true)],
    ['position', scalar(profile.reporter.position, true)],
    ['phone', `"${profile.reporter.phone}"`],
  ];
  if (profile.flowReporter) lines.push(`reporter: ${flowMap(reporter)}`);
  else lines.push('reporter:', ...reporter.map(([k, v]) => `  ${k}: ${v}`));
  lines.push('');
  lines.push('tasks:');
  let group;
  for (const row of rows) {
    if (row.group !== group) {
      group = row.group;
      lines.push(`  # ${group.id} — ${group.label}`);
    }
    lines.push(`  ${row.task.id}:`);
    lines.push(`    status: ${row.status}`);
    const markHere = mark && row.entries.some(([k]) => mark.ref === `${row.task.id}.${k}`);
    if (row.entries.length > 0) {
      if (random.next() < profile.flowIndicators) {
        if (markHere) markLine = lines.length + 1;
        lines.push(`    indicators: ${flowMap(row.entries)}`);
      } else {
        lines.push('    indicators:');
        for (const [k, v] of row.entries) {
          if (markHere && mark.ref === `${row.task.id}.${k}`) markLine = lines.length + 1;
          lines.push(`      ${k}: ${v}`);
        }
      }
    }
    const needsSummary = p.summary_required_for.includes(row.status);
    if (needsSummary || random.chance(0.7)) {
      lines.push(
        `    summary: ${scalar(
          summaryOf(
            row.task,
            row.entries.filter(([, v]) => /^\d+$/.test(v)).map(([k, v]) => [k, Number(v)]),
            random,
          ),
        )}`,
      );
    }
    if (random.chance(0.15)) {
      const evidence = evidenceOf(random, month);
      if (profile.flowEvidence) lines.push(`    evidence: [${evidence.map((e) => scalar(e, true)).join(', ')}]`);
      else {
        lines.push('    evidence:');
        for (const e of evidence) lines.push(`      - ${scalar(e)}`);
      }
    }
  }
  const models = profile.models.filter((m) => m.since <= month);
  if (models.length > 0) {
    lines.push('');
    lines.push('models:');
    for (const m of models) {
      const fields = [
        ['id', m.id],
        ['type', m.type],
        ['name', m.name],
        ['field', m.field],
        ['status', m.status],
        ['since', m.since],
        ['result', m.result],
      ].filter(([, v]) => v !== undefined);
      if (profile.flowModels)
        lines.push(`  - ${flowMap(fields.map(([k, v]) => [k, k === 'since' ? v : scalar(v, true)]))}`);
      else
        fields.forEach(([k, v], i) => lines.push(`${i === 0 ? '  - ' : '    '}${k}: ${k === 'since' ? v : scalar(v)}`));
    }
  }
  if (unit.kind === plan.wardKind || random.chance(0.3)) {
    lines.push('');
    const difficulty = random.sample(words.difficulties, random.int(1, 2));
    if (difficulty.length === 1) lines.push(`difficulties: ${scalar(difficulty[0])}`);
    else lines.push('difficulties: |', ...difficulty.map((d) => `  ${d}`));
    lines.push(`proposals: ${scalar(random.pick(words.proposals))}`);
  }

  if (kind === 'tab') {
    // A tab where the indentation of a task's line should be: what an editor set to tabs leaves behind.
    const taskLines = lines.map((l, i) => [l, i]).filter(([l]) => /^ {4}\S/.test(l));
    const [line, i] = mistakeRandom.pick(taskLines);
    lines[i] = `\t${line.slice(2)}`;
    markLine = i + 1;
  }
  return {
    text: `${lines.join('\n')}\n`,
    mistake: kind ? { kind, line: markLine, ...(mark?.rule ? { rule: mark.rule } : {}) } : null,
    warnings,
  };
}
