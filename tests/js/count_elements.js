#!/usr/bin/env node
// Load a newsgraph Cytoscape.js export (newsgraph export --format cytoscape) into
// cytoscape.js running headless under Node, and print what it holds as JSON:
//   {"nodes": N, "edges": M, "labels": {...}, "types": {...}, "warnings": [...]}
// cytoscape.js reports edges with unknown endpoints or duplicate ids as errors or
// console warnings; both are captured. Exit 1 if the file does not load.
// Usage: node tests/js/count_elements.js FILE.cyjs   (after scripts/js-deps)
"use strict";
const fs = require("fs");
const path = require("path");

const warnings = [];
for (const level of ["warn", "error"]) {
  console[level] = (...args) => warnings.push(args.map(String).join(" "));
}
const cytoscape = require(path.join(__dirname, "node_modules", "cytoscape"));

const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: count_elements.js FILE\n");
  process.exit(2);
}
try {
  const data = JSON.parse(fs.readFileSync(file, "utf8"));
  const cy = cytoscape({ headless: true, styleEnabled: false, elements: data.elements });
  const labels = {};
  cy.nodes().forEach((n) => { labels[n.data("label")] = (labels[n.data("label")] || 0) + 1; });
  const types = {};
  cy.edges().forEach((e) => { types[e.data("type")] = (types[e.data("type")] || 0) + 1; });
  const dangling = cy.edges().filter((e) => e.source().empty() || e.target().empty()).length;
  process.stdout.write(JSON.stringify({
    nodes: cy.nodes().length, edges: cy.edges().length, labels, types, dangling, warnings,
    sample_edge: cy.edges().length ? cy.edges()[0].data() : null,
  }) + "\n");
} catch (err) {
  process.stderr.write(`count_elements: ${err && err.message ? err.message : err}\n`);
  process.exit(1);
}
