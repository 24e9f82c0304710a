#!/usr/bin/env node
// The CLI is one bundle (dist/fake-graph.mjs): it checks the Node version before anything else runs.
import '../dist/fake-graph.mjs'
