"""``scripts/mutants``: plant each bug in a copy of the server, run the contract suite, print the table."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from .catalogue import MUTANTS, Mutant
from .runner import MutantStale, Verdict, check_applies, judge

__all__ = ["main", "table"]

# Share of mutants the suite must catch.
REQUIRED = 0.95


def grouped(tests: Sequence[str]) -> list[str]:
    """``m::test_x[a]``, ``m::test_x[b]`` -> ``test_x[a, b]`` (failing tests, shortened for the table)."""
    params: dict[str, list[str]] = {}
    for test in tests:
        name, _, param = test.partition("[")
        key = name.rsplit("::", 1)[-1] if not name.startswith("seeding") else "seeding"
        params.setdefault(key, [])
        if param:
            params[key].append(param.rstrip("]"))
    return [f"{name}[{_few(found)}]" if found else name for name, found in params.items()]


def _few(items: list[str], shown: int = 3) -> str:
    unique = list(dict.fromkeys(items))
    more = f", +{len(unique) - shown} more" if len(unique) > shown else ""
    return ", ".join(unique[:shown]) + more


def table(verdicts: Sequence[Verdict]) -> str:
    """A Markdown table: bug, class, caught?, by which tests."""
    rows = ["| bug | class | caught | by | s |", "|---|---|---|---|---|"]
    for v in verdicts:
        assert v.mutant is not None
        by = ", ".join(grouped(v.by))
        caught = "yes" if v.caught else "**NO**"
        rows.append(f"| {v.mutant.description} | {v.mutant.kind} | {caught} | {by} | {v.seconds:.0f} |")
    return "\n".join(rows)


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="scripts/mutants", description=__doc__)
    parser.add_argument("names", nargs="*", help="mutants to run (default: all); see --list")
    parser.add_argument("--list", action="store_true", help="list the mutants and check that each applies")
    parser.add_argument("--first", action="store_true", help="stop each run at its first failing test (-x)")
    parser.add_argument("--fast-only", action="store_true", help="run the behavioural properties only")
    parser.add_argument("--no-baseline", action="store_true", help="skip the run against the unbroken server")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(argv)
    chosen: list[Mutant] = [m for m in MUTANTS if not args.names or m.name in args.names]
    unknown = set(args.names) - {m.name for m in MUTANTS}
    if unknown:
        print(f"unknown mutants: {sorted(unknown)}")
        return 2
    stale = []
    for mutant in chosen:
        try:
            check_applies(mutant)
        except MutantStale as exc:
            stale.append(str(exc))
    if args.list or stale:
        for mutant in chosen:
            print(f"{mutant.name:36} {mutant.kind:24} {mutant.description}")
        print("\n".join(stale) or f"all {len(chosen)} mutants apply")
        return 1 if stale else 0
    if not args.no_baseline:
        baseline = judge(None, fast_only=args.fast_only)
        print(
            f"unbroken server: {'FAILS' if baseline.caught else 'passes'} ({baseline.seconds:.0f} s)",
            flush=True,
        )
        if baseline.caught:
            print(baseline.output)
            return 1
    verdicts = []
    for mutant in chosen:
        verdict = judge(mutant, first_only=args.first, fast_only=args.fast_only)
        verdicts.append(verdict)
        print(
            f"{mutant.name}: {'caught' if verdict.caught else 'MISSED'} by {', '.join(verdict.by[:3])}",
            flush=True,
        )
    caught = sum(v.caught for v in verdicts)
    print()
    print(table(verdicts))
    print(f"\ncaught {caught} of {len(verdicts)} ({caught / len(verdicts):.0%}); required {REQUIRED:.0%}")
    return 0 if caught >= REQUIRED * len(verdicts) else 1
