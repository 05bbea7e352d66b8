from typing import Literal

PiiDetectionAction = Literal["allow", "fail", "redact"]

PII_DETECTION_ACTION_VALUES: set[PiiDetectionAction] = {
    "allow",
    "fail",
    "redact",
}


def check_pii_detection_action(value: str) -> PiiDetectionAction:
    if value in PII_DETECTION_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PII_DETECTION_ACTION_VALUES!r}")
