import type pg from 'pg';
import type { Captured } from './capture';

export interface ExplainCheck {
  endpoint: string;
  /** Which captured statement is the endpoint's main query. */
  statement: string;
  expected: string[];
  used: string[];
  ok: boolean;
  plan?: string;
}

interface PlanNode {
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function indexNames(node: PlanNode, into: Set<string>): Set<string> {
  if (node['Index Name']) into.add(node['Index Name']);
  for (const child of node.Plans ?? []) indexNames(child, into);
  return into;
}

/**
 * EXPLAINs the endpoint's main statement (the first captured one whose text matches `pick`) and
 * checks that the plan uses at least one of the expected indexes; prints the plan when not.
 */
export async function checkPlan(
  pool: pg.Pool,
  endpoint: string,
  statements: Captured[],
  pick: RegExp,
  expected: string[],
): Promise<ExplainCheck> {
  const main = statements.find((s) => pick.test(s.text));
  if (!main) throw new Error(`${endpoint}: no captured statement matches ${pick}`);
  const json = await pool.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(
    `explain (format json) ${main.text}`,
    main.values,
  );
  const plan = json.rows[0]?.['QUERY PLAN'][0]?.Plan as PlanNode;
  const used = [...indexNames(plan, new Set())].sort();
  const ok = expected.some((name) => used.includes(name));
  const check: ExplainCheck = {
    endpoint,
    statement: main.text.slice(0, 160).replace(/\s+/g, ' '),
    expected,
    used,
    ok,
  };
  if (!ok) {
    const text = await pool.query<{ 'QUERY PLAN': string }>(`explain ${main.text}`, main.values);
    check.plan = text.rows.map((r) => r['QUERY PLAN']).join('\n');
  }
  return check;
}
