"""Simulated latency and faults for front-end work: the policy, the decisions, and their middleware."""

from .decide import Decision, Draws, StreamPlan, decide, lines_before_fault, problems, stream_plan
from .policy import Errors, Latency, Override, Pacing, Policy, StreamFault, StreamFaultKind
from .spec import documented_error_statuses
from .state import Controls

__all__ = [
    "Controls",
    "Decision",
    "Draws",
    "Errors",
    "Latency",
    "Override",
    "Pacing",
    "Policy",
    "StreamFault",
    "StreamFaultKind",
    "StreamPlan",
    "decide",
    "documented_error_statuses",
    "lines_before_fault",
    "problems",
    "stream_plan",
]
