// Smoke test: the graph libraries load under ESM/NodeNext with the import forms src/analysis uses.
import { describe, expect, it } from 'vitest';
import { DirectedGraph } from 'graphology';
import { stronglyConnectedComponents } from 'graphology-components';
import { topologicalSort } from 'graphology-dag';

describe('graphology under ESM', () => {
  it('builds a directed graph, finds its SCCs and sorts a DAG', () => {
    const g = new DirectedGraph();
    for (const n of ['A', 'B', 'C']) g.addNode(n);
    g.addEdge('A', 'B');
    g.addEdge('B', 'A');
    g.addEdge('B', 'C');
    const sccs = stronglyConnectedComponents(g).map((c) => [...c].sort());
    expect(sccs.sort()).toEqual([['A', 'B'], ['C']]);
    const dag = new DirectedGraph();
    dag.addNode('X');
    dag.addNode('Y');
    dag.addEdge('X', 'Y');
    expect(topologicalSort(dag)).toEqual(['X', 'Y']);
  });
});
