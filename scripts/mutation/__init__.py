"""The mutation harness: bugs planted in a copy of the mock server, and the contract suite's verdicts."""
