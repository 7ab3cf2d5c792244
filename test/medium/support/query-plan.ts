/** A node of PostgreSQL's `EXPLAIN (FORMAT JSON)` plan, with the fields the medium tests read. */
export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  /** Only with ANALYZE. */
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

/** The node and every node below it, the plan's own order. */
export const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];
